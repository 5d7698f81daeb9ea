namespace BrandPulse.Generator.Cli;

/// <summary>
/// Test-only fault injection for builds, from <c>BRANDPULSE_FAULT</c>: <c>pause-at-stage:NAME</c> holds the build for
/// <see cref="Pause"/> as stage NAME starts, so that a test's signal sent when the stage is announced arrives while the
/// build is still running however loaded the machine is (the signal tests' window; a W0 rebuild is otherwise over in
/// about a second).
/// </summary>
internal static class BuildFault
{
    private const string Prefix = "pause-at-stage:";

    /// <summary>How long the stage is held.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    /// <summary>Holds the build if the environment asks for a pause at <paramref name="stage"/>.</summary>
    public static void At(string stage)
    {
        string? fault = Environment.GetEnvironmentVariable(Data.Fetch.FaultHook.EnvironmentVariable);
        if (fault is not null && fault.StartsWith(Prefix, StringComparison.Ordinal) && fault[Prefix.Length..] == stage)
        {
            Thread.Sleep(Pause);
        }
    }
}
