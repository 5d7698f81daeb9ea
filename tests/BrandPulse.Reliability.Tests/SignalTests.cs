using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;
using BrandPulse.Testing.Fuzz;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// DB-03 and issue 18: SIGINT or SIGTERM stops an import or a build at a clean point: nothing half-done is kept, the
/// process says so and exits 130 or 143, and running it again completes.
/// </summary>
public sealed class SignalTests
{
    private const int Conversations = 3_000;

    [Theory]
    [InlineData(1)]
    [InlineData(1_500)]
    [InlineData(Conversations)]
    public async Task Issue18_SIGTERM_in_the_middle_of_an_import_rolls_all_of_it_back_and_exits_143(int afterRows)
    {
        // Given a database holding one import, and a large file whose import receives SIGTERM after some of its rows
        using var ws = new Workspace();
        string small = ws.Write("small.csv", TwcsFixtures.Big(20).Bytes("\n"));
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", small, "--db", ws.Db)).ExitCode);
        string before = DbCheck.CanonicalDump(ws.Db);
        string file = ws.Write("big.csv", TwcsFixtures.Big(Conversations).Bytes("\r\n"));
        ProcessResult stopped = await ChildProcess.CollectAsync(
            Workspace.Env(("BRANDPULSE_FAULT", $"sigterm-after-rows:{afterRows}")), "import", "twcs", file, "--db", ws.Db);

        // Then it exits 143 and says nothing of the import was stored, and the database is sound and as it was
        Assert.True(stopped.ExitCode == 143, stopped.ToString());
        Assert.Contains("interrupted by SIGTERM: the import of big.csv was rolled back", stopped.Stderr);
        Assert.DoesNotContain("Unhandled exception", stopped.Output);
        DbCheck.AssertSound(ws.Db);
        Assert.Equal(before, DbCheck.CanonicalDump(ws.Db));

        // When it runs again, all of the file is imported
        ProcessResult rerun = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", ws.Db);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(20 + Conversations, DbCheck.Complaints(ws.Db));
    }

    [Fact]
    public async Task Issue18_SIGINT_and_SIGTERM_at_random_moments_leave_all_of_an_import_or_none_then_a_rerun_equals_a_clean_run()
    {
        using var ws = new Workspace();
        string file = ws.Write("big.csv", TwcsFixtures.Big(Conversations).Bytes("\r\n"));
        string clean = await ImportCrashTests.CleanDump(ws, file);
        Random random = FaultIterations.Random(18);
        int iterations = FaultIterations.Count(quick: 4);
        bool stoppedOnce = false;
        for (int i = 0; i < iterations; i++)
        {
            string signal = i % 2 == 0 ? "TERM" : "INT";
            var at = TimeSpan.FromMilliseconds(random.Next(150, 1_500));
            ProcessResult r = await SignalledProcess.RunAsync(ChildProcess.Collector, Workspace.Env(), signal, at, null,
                "import", "twcs", file, "--db", ws.Db);

            // Then each run finished (0), or stopped with the signal's code; never half an import
            int expected = signal == "TERM" ? 143 : 130;
            Assert.True(r.ExitCode == 0 || r.ExitCode == expected, $"iteration {i}, {signal} at {at.TotalMilliseconds} ms: {r}");
            Assert.DoesNotContain("Unhandled exception", r.Output);
            stoppedOnce |= r.ExitCode == expected;
            DbCheck.AssertSound(ws.Db);
            long n = File.Exists(ws.Db) ? DbCheck.Complaints(ws.Db) : 0;
            Assert.True(n is 0 or Conversations, $"iteration {i}: {n} complaints after {signal} at {at.TotalMilliseconds} ms");
        }

        ProcessResult last = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", ws.Db);
        Assert.True(last.ExitCode == 0, last.ToString());
        Assert.Equal(clean, DbCheck.CanonicalDump(ws.Db));
        Assert.True(stoppedOnce || FaultIterations.Full, "no signal arrived while an import ran: the moments are too late");
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task Issue18_a_signal_during_a_build_removes_its_staging_folder_and_keeps_the_published_site(string signal, int exitCode)
    {
        // Given a published site
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        string site = ws.File("out/site");
        await PublishCrashTests.Build(ws.Db, site);
        Dictionary<string, string> published = SiteFiles.Hashes(site);

        // When a rebuild gets the signal as it starts rendering pages (its staging folder exists by then; the build is
        // held there for a few seconds, so that the signal arrives before it ends however loaded the machine is)
        ProcessResult r = await SignalledProcess.RunAsync(ChildProcess.Generator,
            Workspace.Env(("BRANDPULSE_FAULT", "pause-at-stage:render pages")), signal, null,
            line => line.Contains("render pages", StringComparison.Ordinal), PublishCrashTests.BuildArgs(ws.Db, site));

        // Then it exits with the signal's code, says so, leaves no staging folder, and the site is unchanged
        Assert.True(r.Killed, r.ToString());
        Assert.True(r.ExitCode == exitCode, r.ToString());
        Assert.Contains($"interrupted by SIG{signal}: the build stopped", r.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(ws.File("out"), "site.staging-*"));
        Assert.Equal(published, SiteFiles.Hashes(site));
    }
}
