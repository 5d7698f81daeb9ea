namespace BrandPulse.Data.Operations;

/// <summary>Work stopped at a clean point after SIGINT or SIGTERM; the message says what was kept and what was not.</summary>
public sealed class StoppedBySignalException(int exitCode, string message) : Exception(message)
{
    /// <summary>130 (SIGINT) or 143 (SIGTERM).</summary>
    public int ExitCode { get; } = exitCode;
}
