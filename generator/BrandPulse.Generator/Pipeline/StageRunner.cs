using System.Diagnostics;

namespace BrandPulse.Generator.Pipeline;

/// <summary>Runs the stages in order over one build state, measuring each one's time and the process's peak memory after it.</summary>
public static class StageRunner
{
    /// <summary>Runs <paramref name="stages"/>; <paramref name="progress"/> hears each stage's name as it starts.</summary>
    public static async Task<BuildReport> RunAsync(IReadOnlyList<BuildStage> stages, BuildState state, Action<string>? progress)
    {
        var times = new List<(string, TimeSpan)>();
        var peaks = new List<(string, long)>();
        var clock = new Stopwatch();
        foreach (BuildStage stage in stages)
        {
            progress?.Invoke(stage.Name);
            TimeSpan writtenBefore = state.WriteTime;
            clock.Restart();
            await stage.RunAsync(state);
            TimeSpan elapsed = clock.Elapsed - (state.WriteTime - writtenBefore);
            times.Add((stage.Name, stage.ReportsWriting ? elapsed + state.WriteTime : elapsed));
            peaks.Add((stage.Name, PeakMemory()));
        }

        return new BuildReport(times, state.PageCount, state.ChartCount, state.Site.Files, state.Site.Bytes)
        {
            Unchanged = state.Site.Unchanged,
            Kept = state.Site.Kept,
            BrandsReused = state.Plan.Reused.Count,
            ReusedPages = state.ReusedPages,
            PagesPatched = state.PatchedPages,
            ChartsReused = state.ChartsReused,
            PeakMemory = peaks,
        };
    }

    private static long PeakMemory()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
