namespace BrandPulse.Collector.Tests.Fetch;

/// <summary>Issue 18: SIGTERM during a live fetch keeps the pages committed before it, says so, and exits 143.</summary>
public sealed class FetchSignalTests
{
    private static Dictionary<string, string?> Environment(string? fault = null) => new()
    {
        ["BRANDPULSE_X_BEARER_TOKEN"] = XRoutes.Token,
        ["BRANDPULSE_NOW"] = "2024-05-02T12:00:00Z",
        ["BRANDPULSE_PSEUDONYM_KEY"] = "process-test-key",
        ["BRANDPULSE_FAULT"] = fault,
    };

    [Theory]
    [InlineData("x")]
    [InlineData("bluesky")]
    public async Task Issue18_SIGTERM_after_the_first_page_keeps_that_page_exits_143_and_a_rerun_equals_one_clean_run(string platform)
    {
        // Given the fake API and a collector that receives SIGTERM right after its first page was committed
        using var db = new FetchDb();
        using var api = new FakeApi(platform == "x" ? new XRoutes().Answer : new BlueskyRoutes().Answer);
        string[] args = ["fetch", platform, "--db", db.Path, "--base-url", api.BaseUrl.ToString()];
        ProcessResult stopped = await CollectorProcess.RunAsync(Environment("sigterm-after-pages:1"), args);

        // Then it stopped with 143, saying what it kept, with the first page stored and not the rest
        Assert.True(stopped.ExitCode == 143, $"exit {stopped.ExitCode}: {stopped.Stderr}");
        Assert.Contains("interrupted by SIGTERM: the pages stored before it are kept", stopped.Stderr);
        Assert.DoesNotContain("Unhandled exception", stopped.Stdout + stopped.Stderr);
        Assert.NotEmpty(db.Complaints());
        using var clean = new FetchDb();
        ProcessResult single = await CollectorProcess.RunAsync(Environment(), ["fetch", platform, "--db", clean.Path, "--base-url", api.BaseUrl.ToString()]);
        Assert.Equal(0, single.ExitCode);
        Assert.NotEqual(clean.CanonicalDump(), db.CanonicalDump());

        // When it runs again, the database equals that of one clean run
        ProcessResult resumed = await CollectorProcess.RunAsync(Environment(), args);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(clean.CanonicalDump(), db.CanonicalDump());
    }
}
