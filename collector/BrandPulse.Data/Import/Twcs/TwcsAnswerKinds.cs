using BrandPulse.Data.Classify;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Classifies brand replies in batches on every core (the classifier is pure, so the result is the same as one at a
/// time) and sets each tweet's <see cref="TwcsTweet.AnswerKind"/>. Only a batch of texts is held, never the file's.
/// </summary>
internal sealed class TwcsAnswerKinds(List<TwcsTweet> tweets)
{
    private const int BatchSize = 8192;

    private readonly List<(int Index, string Text)> _pending = new(BatchSize);

    /// <summary>Registers the text of the tweet just added (null for a customer's tweet).</summary>
    public void Add(string? replyText)
    {
        if (replyText is null)
        {
            return;
        }

        _pending.Add((tweets.Count - 1, replyText));
        if (_pending.Count == BatchSize)
        {
            Flush();
        }
    }

    public void Flush()
    {
        string[] kinds = new string[_pending.Count];
        Parallel.For(0, _pending.Count, i => kinds[i] = AnswerClassifier.Classify(_pending[i].Text));
        for (int i = 0; i < kinds.Length; i++)
        {
            int index = _pending[i].Index;
            tweets[index] = tweets[index] with { AnswerKind = kinds[i] };
        }

        _pending.Clear();
    }
}
