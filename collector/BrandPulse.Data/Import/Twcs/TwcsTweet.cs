namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// What the conversation graph keeps of one tweet: no text, only the ids, the author, the time and, for tweets that
/// may start a complaint, the handles they mention.
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
