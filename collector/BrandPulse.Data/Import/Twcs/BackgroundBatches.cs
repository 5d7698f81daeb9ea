namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Runs a pure function over items in batches on the thread pool while the caller goes on reading, and hands each
/// result back on the caller's thread, in the order added (<see cref="Flush"/> hands back the rest). At most a few
/// batches are in flight, so only they are held, never the whole input.
/// </summary>
internal sealed class BackgroundBatches<TItem, TResult>(Func<TItem, TResult> work, Action<TItem, TResult> harvest)
{
    private const int BatchSize = 8192;
    private const int MaxInFlight = 4;

    private readonly Queue<(List<TItem> Items, Task<TResult[]> Results)> _running = new();
    private List<TItem> _pending = new(BatchSize);

    public void Add(TItem item)
    {
        _pending.Add(item);
        if (_pending.Count == BatchSize)
        {
            Start();
        }
    }

    /// <summary>Waits for every batch and hands back every result.</summary>
    public void Flush()
    {
        if (_pending.Count > 0)
        {
            Start();
        }

        while (_running.TryDequeue(out var batch))
        {
            Harvest(batch);
        }
    }

    private void Start()
    {
        List<TItem> items = _pending;
        _pending = new List<TItem>(BatchSize);
        _running.Enqueue((items, Task.Run(() => Run(items))));
        while (_running.Count > MaxInFlight || (_running.TryPeek(out var first) && first.Results.IsCompleted))
        {
            Harvest(_running.Dequeue());
        }
    }

    private TResult[] Run(List<TItem> items)
    {
        var results = new TResult[items.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = work(items[i]);
        }

        return results;
    }

    private void Harvest((List<TItem> Items, Task<TResult[]> Results) batch)
    {
        TResult[] results = batch.Results.GetAwaiter().GetResult();
        for (int i = 0; i < results.Length; i++)
        {
            harvest(batch.Items[i], results[i]);
        }
    }
}
