namespace BrandPulse.Collector.Tests.Fetch;

/// <summary>Issue 18: SIGTERM during a live fetch keeps the pages committed before it, says so, and exits 143.</summary>
public sealed class FetchSignalTests
{
    [Theory]
    [InlineData("x")]
    [InlineData("bluesky")]
    public async Task Issue18_SIGTERM_after_the_first_page_keeps_that_page_exits_143_and_a_rerun_equals_one_clean_run(string platform)
    {
        // Given the fake API and a collector that receives SIGTERM right after its first page was committed
        using var fetch = new FetchProcess(platform);
        ProcessResult stopped = await fetch.RunAsync("sigterm-after-pages:1");

        // Then it stopped with 143, saying what it kept, with the first page stored and not the rest
        Assert.True(stopped.ExitCode == 143, $"exit {stopped.ExitCode}: {stopped.Stderr}");
        Assert.Contains("interrupted by SIGTERM: the pages stored before it are kept", stopped.Stderr);
        Assert.DoesNotContain("Unhandled exception", stopped.Stdout + stopped.Stderr);
        Assert.NotEmpty(fetch.Db.Complaints());
        (ProcessResult single, string cleanDump) = await fetch.CleanRunAsync();
        Assert.Equal(0, single.ExitCode);
        Assert.NotEqual(cleanDump, fetch.Db.CanonicalDump());

        // When it runs again, the database equals that of one clean run
        ProcessResult resumed = await fetch.RunAsync();
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(cleanDump, fetch.Db.CanonicalDump());
    }
}
