namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// What the conversation graph keeps of one tweet: no text, only the ids, the author, the time and, for tweets that
/// may start a complaint, the handles they mention; for a brand's tweet, the kind of answer it is (see
/// <see cref="Classify.AnswerClassifier"/>), decided while its text is at hand and set once the classifier is done
/// (a property, so that a million tweets are not copied to set it).
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
    long Record)
{
    public string? AnswerKind { get; set; }

    /// <summary>The language its text is written in (see <see cref="Classify.LanguageDetector"/>), for conversation starts and brand replies.</summary>
    public string? Language { get; set; }
}
