using BrandPulse.Data.Classify;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Classifies brand replies in background batches while the file is read (the classifier is pure, so the result is the
/// same as one at a time) and sets each tweet's <see cref="TwcsTweet.AnswerKind"/>. Only the batches in flight hold
/// texts, never the file's.
/// </summary>
internal sealed class TwcsAnswerKinds
{
    private readonly List<TwcsTweet> _tweets;
    private readonly BackgroundBatches<(int Index, string Text), string> _batches;

    public TwcsAnswerKinds(List<TwcsTweet> tweets)
    {
        _tweets = tweets;
        _batches = new(reply => AnswerClassifier.Classify(reply.Text),
            (reply, kind) => _tweets[reply.Index].AnswerKind = kind);
    }

    /// <summary>Registers the text of the tweet just added (null for a customer's tweet).</summary>
    public void Add(string? replyText)
    {
        if (replyText is not null)
        {
            _batches.Add((_tweets.Count - 1, replyText));
        }
    }

    /// <summary>Waits for the last batches: every brand tweet has its kind afterwards.</summary>
    public void Flush() => _batches.Flush();
}
