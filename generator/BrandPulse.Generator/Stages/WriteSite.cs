using BrandPulse.Generator.Pipeline;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The write stage. The render stages hand their files to the site's one write path (<see cref="Publishing.SiteWriter"/>)
/// as each finishes, so a national-scale site is never held in memory whole; this stage waits for the last of them (the
/// file of every complaint, copied beside the CPU-bound stages), and its reported time is all the build's writing.
/// </summary>
public static class WriteSite
{
    public static Task RunAsync(BuildState state) => state.AllComplaints;
}
