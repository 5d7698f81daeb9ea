namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// One tweet as read from a record, without its text: the ids, the author, the time and, for tweets that may start a
/// complaint, the handles they mention. Short-lived: <see cref="TwcsTweetTable"/> keeps it in compact form.
/// </summary>
internal sealed record TwcsTweet(
    long Id,
    string Author,
    bool Inbound,
    long CreatedAtMs,
    long? InResponseTo,
    long[] Responses,
    string[] Mentions,
    int Line,
    long Record);
