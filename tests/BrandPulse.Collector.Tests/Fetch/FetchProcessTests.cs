using BrandPulse.Data.Import;

namespace BrandPulse.Collector.Tests.Fetch;

public sealed class FetchProcessTests
{
    private static Dictionary<string, string?> Environment(string? fault = null) => FetchProcess.Environment(fault);

    [Theory]
    [InlineData("x")]
    [InlineData("bluesky")]
    public async Task Issue_DB02_a_kill_after_one_page_then_a_rerun_equals_one_clean_run(string platform)
    {
        // Given the fake API and a collector killed right after its first page was committed
        using var fetch = new FetchProcess(platform);
        FetchDb db = fetch.Db;
        ProcessResult killed = await fetch.RunAsync("crash-after-pages:1");
        Assert.NotEqual(0, killed.ExitCode);
        Assert.NotEmpty(db.Complaints());
        string afterKill = db.CanonicalDump();

        // When it runs again without the fault
        ProcessResult resumed = await fetch.RunAsync();

        // Then it finished, and the database equals that of one clean run
        Assert.Equal(0, resumed.ExitCode);
        (ProcessResult single, string cleanDump) = await fetch.CleanRunAsync();
        Assert.Equal(0, single.ExitCode);
        Assert.NotEqual(cleanDump, afterKill);
        Assert.Equal(cleanDump, db.CanonicalDump());

        // And the token is nowhere: outputs, database (PRV-06)
        foreach (string text in new[] { killed.Stdout, killed.Stderr, resumed.Stdout, resumed.Stderr, single.Stdout, single.Stderr, db.FullDump() })
        {
            Assert.DoesNotContain(XRoutes.Token, text);
            Assert.DoesNotContain("Unhandled exception", text);
        }
    }

    [Fact]
    public async Task Fetch_x_without_a_token_exits_1_with_one_line()
    {
        using var db = new FetchDb();
        Dictionary<string, string?> env = Environment();
        env["BRANDPULSE_X_BEARER_TOKEN"] = null;
        ProcessResult r = await CollectorProcess.RunAsync(env, "fetch", "x", "--db", db.Path, "--base-url", "http://127.0.0.1:9/");
        Assert.Equal(ExitCodes.Failed, r.ExitCode);
        Assert.Equal("error: BRANDPULSE_X_BEARER_TOKEN is not set (the X API bearer token)", r.Stderr.Trim());
    }

    [Fact]
    public async Task Stops_with_75_and_says_when_to_run_again_when_rate_limited_for_hours()
    {
        using var db = new FetchDb();
        using var api = new FakeApi(_ => new FakeResponse(429, "{}", new Dictionary<string, string> { ["Retry-After"] = "7200" }));
        ProcessResult r = await CollectorProcess.RunAsync(Environment(), "fetch", "x", "--db", db.Path, "--base-url", api.BaseUrl.ToString(), "--max-wait", "5");
        Assert.Equal(ExitCodes.TryLater, r.ExitCode);
        Assert.Contains("rate-limited by /2/tweets/search/recent until", r.Stderr);
        Assert.DoesNotContain(XRoutes.Token, r.Stdout + r.Stderr);
    }
}
