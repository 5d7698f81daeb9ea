using BrandPulse.Data.Classify;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Classifies brand replies in background batches while the file is read (the classifier is pure, so the result is the
/// same as one at a time) and sets each row's <see cref="TwcsTweetRow.AnswerKind"/>; detects the language of brand
/// replies and of conversation starts (<see cref="TwcsTweetRow.Language"/>). Only the batches in flight hold texts,
/// never the file's: a text is dropped once classified.
/// </summary>
internal sealed class TwcsAnswerKinds
{
    private readonly BackgroundBatches<(int Index, string Text, bool Reply), (string? Kind, string? Language)> _batches;

    public TwcsAnswerKinds(TwcsTweetTable tweets) =>
        _batches = new(t => (t.Reply ? AnswerClassifier.Classify(t.Text) : null, LanguageDetector.Detect(t.Text)),
            (t, result) =>
            {
                ref TwcsTweetRow row = ref tweets[t.Index];
                row.AnswerKind = tweets.Code(result.Kind);
                row.Language = tweets.Code(result.Language);
            });

    /// <summary>
    /// Registers the text of row <paramref name="index"/>: a brand's reply (classified, its language detected) or a
    /// customer's conversation start (its language detected); null for other customer tweets.
    /// </summary>
    public void Add(int index, string? text, bool reply)
    {
        if (text is not null)
        {
            _batches.Add((index, text, reply));
        }
    }

    /// <summary>Waits for the last batches: every brand tweet has its kind afterwards.</summary>
    public void Flush() => _batches.Flush();
}
