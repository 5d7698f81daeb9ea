namespace BrandPulse.Data.Fetch;

/// <summary>
/// Test-only fault injection: <c>BRANDPULSE_FAULT=crash-after-pages:K</c> kills the process (Environment.FailFast,
/// no cleanup, like kill -9) right after the K-th page of a run is committed.
/// </summary>
public static class FaultHook
{
    public const string EnvironmentVariable = "BRANDPULSE_FAULT";

    /// <summary>The page callback the environment asks for, or null when no fault is set.</summary>
    public static Action<int>? FromEnvironment()
    {
        string? fault = Environment.GetEnvironmentVariable(EnvironmentVariable);
        const string prefix = "crash-after-pages:";
        if (fault is null || !fault.StartsWith(prefix, StringComparison.Ordinal)
            || !int.TryParse(fault.AsSpan(prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out int k))
        {
            return null;
        }

        return pages =>
        {
            if (pages >= k)
            {
                Environment.FailFast($"{EnvironmentVariable}: crash after {pages} committed pages");
            }
        };
    }
}
