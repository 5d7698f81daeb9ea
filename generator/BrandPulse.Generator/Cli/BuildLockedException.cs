namespace BrandPulse.Generator.Cli;

/// <summary>Another build held the output folder's lock for longer than this build would wait (exit code 75).</summary>
public sealed class BuildLockedException(string message) : IOException(message)
{
    /// <summary>Temporary failure: run again later (sysexits EX_TEMPFAIL).</summary>
    public const int ExitCode = 75;
}
