using BrandPulse.Data.Classify;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Classifies brand replies in background batches while the file is read (the classifier is pure, so the result is the
/// same as one at a time) and sets each tweet's <see cref="TwcsTweet.AnswerKind"/>; detects the language of brand replies
/// and of conversation starts (<see cref="TwcsTweet.Language"/>). Only the batches in flight hold texts, never the file's.
/// </summary>
internal sealed class TwcsAnswerKinds
{
    private readonly List<TwcsTweet> _tweets;
    private readonly BackgroundBatches<(int Index, string Text, bool Reply), (string? Kind, string? Language)> _batches;

    public TwcsAnswerKinds(List<TwcsTweet> tweets)
    {
        _tweets = tweets;
        _batches = new(t => (t.Reply ? AnswerClassifier.Classify(t.Text) : null, LanguageDetector.Detect(t.Text)),
            (t, result) =>
            {
                TwcsTweet tweet = _tweets[t.Index];
                tweet.AnswerKind = result.Kind;
                tweet.Language = result.Language;
            });
    }

    /// <summary>
    /// Registers the text of the tweet just added: a brand's reply (classified, its language detected) or a customer's
    /// conversation start (its language detected); null for other customer tweets.
    /// </summary>
    public void Add(string? text, bool reply)
    {
        if (text is not null)
        {
            _batches.Add((_tweets.Count - 1, text, reply));
        }
    }

    /// <summary>Waits for the last batches: every brand tweet has its kind afterwards.</summary>
    public void Flush() => _batches.Flush();
}
