namespace BrandPulse.Generator;

/// <summary>
/// Work spread over every core, its first failure thrown as itself (not wrapped in an AggregateException). Plain
/// <see cref="Parallel"/> loops: PLINQ's operators cost an incremental build more to compile at run time than the
/// little work they spread.
/// </summary>
internal static class OnAllCores
{
    public static void ForEach<T>(IEnumerable<T> items, Action<T> body) => Unwrapped(() =>
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, body));

    /// <summary>Each item's result, in the items' order.</summary>
    public static TResult[] Select<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> selector)
    {
        var results = new TResult[items.Count];
        Unwrapped(() => Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = selector(items[i])));
        return results;
    }

    private static void Unwrapped(Func<ParallelLoopResult> loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
