using System.Text;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.Publishing;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Pipeline;

public sealed class StageRunnerTests
{
    [Fact]
    public async Task Stages_run_in_their_declared_order_and_each_is_reported_once()
    {
        using var tmp = new TempDir();
        var ran = new List<string>();
        BuildStage[] stages =
        [
            new("first", s => Begin(s, ran, "first")),
            new("second", async s =>
            {
                await Task.Yield();
                ran.Add("second");
                s.Write([new OutputFile("a.txt", Encoding.UTF8.GetBytes("a"))]);
            }),
            new("write", s => ran.Add("write")) { ReportsWriting = true },
            new("publish", s => s.Site.Publish([])),
        ];

        BuildReport report;
        await using (var state = new BuildState(new BuildOptions(tmp.File("db"), tmp.File("site"), tmp.File("theme"))))
        {
            report = await StageRunner.RunAsync(stages, state, progress: null);
        }

        Assert.Equal(["first", "second", "write"], ran);
        Assert.Equal(["first", "second", "write", "publish"], report.Stages.Select(s => s.Stage));
        Assert.Equal(["first", "second", "write", "publish"], report.PeakMemory.Select(s => s.Stage));
        Assert.Equal((1, 1L), (report.Files, report.Bytes));
        Assert.Equal("a", File.ReadAllText(tmp.File("site/a.txt")));
    }

    [Fact]
    public async Task A_failing_stage_stops_the_build_and_its_release_is_never_published()
    {
        using var tmp = new TempDir();
        var ran = new List<string>();
        BuildStage[] stages =
        [
            new("first", s =>
            {
                Begin(s, ran, "first");
                s.Write([new OutputFile("a.txt", Encoding.UTF8.GetBytes("a"))]);
            }),
            new("fails", s => throw new InvalidDataException("broken input")),
            new("publish", s => s.Site.Publish([])),
        ];

        await using (var state = new BuildState(new BuildOptions(tmp.File("db"), tmp.File("site"), tmp.File("theme"))))
        {
            await Assert.ThrowsAsync<InvalidDataException>(() => StageRunner.RunAsync(stages, state, progress: null));
        }

        Assert.Equal(["first"], ran);
        Assert.False(Directory.Exists(tmp.File("site")));
        Assert.Empty(Directory.EnumerateDirectories(tmp.Path, "site.staging-*"));
    }

    /// <summary>What the read stages leave for a build with nothing published and nothing read.</summary>
    private static void Begin(BuildState state, List<string> ran, string name)
    {
        ran.Add(name);
        state.Published = PublishedManifest.Of(state.Options.OutputDir);
        state.Plan = new BrandReadPlan(new Dictionary<long, string>(), new Dictionary<long, BrandCacheEntry>(), null);
    }
}
