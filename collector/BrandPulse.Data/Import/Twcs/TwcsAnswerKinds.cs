using BrandPulse.Data.Classify;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Classifies brand replies in background batches while the file is read (the classifier is pure, so the result is the
/// same as one at a time) and sets each row's <see cref="TwcsTweetRow.AnswerKind"/>; detects the language of brand
/// replies and of conversation starts (<see cref="TwcsTweetRow.Language"/>). A batch copies its texts into one reused
/// buffer, so no text outlives its record on the reading thread (texts kept across garbage collections would fill the
/// old generation); at most a few batches are in flight, and the results are set on the reading thread.
/// </summary>
internal sealed class TwcsAnswerKinds(TwcsTweetTable tweets)
{
    private const int BatchChars = 1 << 19;
    private const int MaxInFlight = 4;

    private readonly Queue<(Batch Batch, Task Work)> _running = new();
    private readonly Stack<Batch> _free = new();
    private Batch _current = new();

    /// <summary>
    /// Registers the text of row <paramref name="index"/>: a brand's reply (classified, its language detected) or a
    /// customer's conversation start (its language detected); null for other customer tweets.
    /// </summary>
    public void Add(int index, string? text, bool reply)
    {
        if (text is null)
        {
            return;
        }

        if (_current.Used + text.Length > _current.Text.Length && _current.Items.Count > 0)
        {
            Start();
        }

        if (text.Length > _current.Text.Length)
        {
            _current.Text = new char[text.Length];
        }

        text.CopyTo(_current.Text.AsSpan(_current.Used));
        _current.Items.Add((index, _current.Used, text.Length, reply));
        _current.Used += text.Length;
    }

    /// <summary>Waits for the last batches: every brand tweet has its kind afterwards.</summary>
    public void Flush()
    {
        if (_current.Items.Count > 0)
        {
            Start();
        }

        while (_running.TryDequeue(out var running))
        {
            Harvest(running);
        }
    }

    private void Start()
    {
        Batch batch = _current;
        _running.Enqueue((batch, Task.Run(batch.Run)));
        _current = _free.TryPop(out Batch? free) ? free : new Batch();
        while (_running.Count > MaxInFlight || (_running.TryPeek(out var first) && first.Work.IsCompleted))
        {
            Harvest(_running.Dequeue());
        }
    }

    private void Harvest((Batch Batch, Task Work) running)
    {
        running.Work.GetAwaiter().GetResult();
        Batch batch = running.Batch;
        for (int i = 0; i < batch.Items.Count; i++)
        {
            ref TwcsTweetRow row = ref tweets[batch.Items[i].Index];
            row.AnswerKind = tweets.Code(batch.Results[i].Kind);
            row.Language = tweets.Code(batch.Results[i].Language);
        }

        batch.Used = 0;
        batch.Items.Clear();
        _free.Push(batch);
    }

    private sealed class Batch
    {
        public char[] Text { get; set; } = new char[BatchChars];

        public int Used { get; set; }

        public List<(int Index, int Start, int Length, bool Reply)> Items { get; } = [];

        public (string? Kind, string? Language)[] Results { get; private set; } = [];

        public void Run()
        {
            if (Results.Length < Items.Count)
            {
                Results = new (string?, string?)[Items.Count];
            }

            for (int i = 0; i < Items.Count; i++)
            {
                (_, int start, int length, bool reply) = Items[i];
                string text = new(Text, start, length);
                Results[i] = (reply ? AnswerClassifier.Classify(text) : null, LanguageDetector.Detect(text));
            }
        }
    }
}
