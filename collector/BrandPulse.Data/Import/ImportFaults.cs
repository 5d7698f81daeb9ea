using System.Globalization;

namespace BrandPulse.Data.Import;

/// <summary>
/// Test-only fault injection for imports, from <c>BRANDPULSE_FAULT</c>: <c>crash-after-rows:K</c> kills the process
/// (Environment.FailFast: no cleanup, like kill -9) after K complaints were written inside the open transaction;
/// <c>crash-before-commit</c> kills it just before the commit; <c>sigterm-after-rows:K</c> sends the process SIGTERM
/// after K rows and waits until its handler saw it (a real signal at a known point). Unset, it costs one comparison per row.
/// </summary>
internal sealed class ImportFaults
{
    private readonly long _crashAfterRows = long.MaxValue;
    private readonly bool _crashBeforeCommit;
    private readonly long _signalAfterRows = long.MaxValue;

    private ImportFaults(string? fault)
    {
        const string rows = "crash-after-rows:";
        if (fault is null)
        {
            return;
        }

        if (fault.StartsWith(rows, StringComparison.Ordinal)
            && long.TryParse(fault.AsSpan(rows.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long k))
        {
            _crashAfterRows = k;
        }

        const string signal = "sigterm-after-rows:";
        if (fault.StartsWith(signal, StringComparison.Ordinal)
            && long.TryParse(fault.AsSpan(signal.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long s))
        {
            _signalAfterRows = s;
        }

        _crashBeforeCommit = fault == "crash-before-commit";
    }

    public static ImportFaults FromEnvironment() => new(Environment.GetEnvironmentVariable(Fetch.FaultHook.EnvironmentVariable));

    public void AfterRow(long rows)
    {
        if (rows >= _crashAfterRows)
        {
            Environment.FailFast($"BRANDPULSE_FAULT: crash after {rows} rows");
        }

        if (rows == _signalAfterRows)
        {
            Operations.SelfSignal.Terminate();
        }
    }

    public void BeforeCommit()
    {
        if (_crashBeforeCommit)
        {
            Environment.FailFast("BRANDPULSE_FAULT: crash before commit");
        }
    }
}
