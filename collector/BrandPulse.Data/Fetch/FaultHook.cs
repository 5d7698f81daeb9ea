namespace BrandPulse.Data.Fetch;

/// <summary>
/// Test-only fault injection: <c>BRANDPULSE_FAULT=crash-after-pages:K</c> kills the process (Environment.FailFast,
/// no cleanup, like kill -9) right after the K-th page of a run is committed; <c>sigterm-after-pages:K</c> sends the
/// process a real SIGTERM there instead.
/// </summary>
public static class FaultHook
{
    public const string EnvironmentVariable = "BRANDPULSE_FAULT";

    /// <summary>The page callback the environment asks for, or null when no fault is set.</summary>
    public static Action<int>? FromEnvironment()
    {
        string? fault = Environment.GetEnvironmentVariable(EnvironmentVariable);
        const string signal = "sigterm-after-pages:";
        if (fault is not null && fault.StartsWith(signal, StringComparison.Ordinal)
            && int.TryParse(fault.AsSpan(signal.Length), System.Globalization.CultureInfo.InvariantCulture, out int s))
        {
            return pages =>
            {
                if (pages == s)
                {
                    Operations.SelfSignal.Terminate();
                }
            };
        }

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
