namespace BrandPulse.Generator.Publishing;

/// <summary>File work spread over every core, its first failure thrown as itself (not wrapped in an AggregateException).</summary>
internal static class OnAllCores
{
    public static void ForEach<T>(IEnumerable<T> items, Action<T> body)
    {
        try
        {
            Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
