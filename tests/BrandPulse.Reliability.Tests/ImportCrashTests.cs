using System.Diagnostics;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing.Fuzz;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 2 (RELIABILITY.md DB-01, DB-02): an import killed at any moment leaves a sound database, and any series of
/// killed runs followed by one complete run gives the same canonical dump as one clean run.
/// </summary>
public sealed class ImportCrashTests
{
    private const int Conversations = 3_000;

    private static byte[] BigFile() => TwcsFixtures.Big(Conversations).Bytes("\r\n");

    [Theory]
    [InlineData("crash-after-rows:0")]
    [InlineData("crash-before-commit")]
    [InlineData("crash-after-rows:1")]
    [InlineData("crash-after-rows:999")]
    [InlineData("crash-after-rows:1000")]
    [InlineData("crash-after-rows:1001")]
    [InlineData("crash-after-rows:2999")]
    [InlineData("crash-after-rows:3000")]
    public async Task Issue_DB02_a_crash_at_a_chosen_row_leaves_nothing_and_a_rerun_equals_a_clean_run(string fault)
    {
        // Given a file of 3 000 complaints and an import killed at a chosen point inside its transaction
        using var ws = new Workspace();
        string file = ws.Write("big.csv", BigFile());
        ProcessResult killed = await ChildProcess.CollectAsync(Workspace.Env(("BRANDPULSE_FAULT", fault)), "import", "twcs", file, "--db", ws.Db);

        // Then the process died, the database is sound and holds nothing of the failed unit
        Assert.NotEqual(0, killed.ExitCode);
        DbCheck.AssertSound(ws.Db);
        Assert.Equal(0, DbCheck.Complaints(ws.Db));

        // When it runs again, the result is that of one clean run
        ProcessResult rerun = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", ws.Db);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(await CleanDump(ws, file), DbCheck.CanonicalDump(ws.Db));
    }

    [Fact]
    public async Task Issue_DB01_kill_9_at_random_moments_then_one_run_equals_a_clean_run()
    {
        // Given how long one clean import takes
        using var ws = new Workspace();
        string file = ws.Write("big.csv", BigFile());
        var clock = Stopwatch.StartNew();
        string clean = await CleanDump(ws, file);
        TimeSpan full = clock.Elapsed;
        Random random = FaultIterations.Random(1);

        // When imports into one database are killed (SIGKILL) at random moments, again and again
        int iterations = FaultIterations.Count(quick: 5);
        for (int i = 0; i < iterations; i++)
        {
            var at = TimeSpan.FromMilliseconds(random.Next(50, (int)full.TotalMilliseconds + 100));
            ProcessResult r = await ChildProcess.RunAsync(ChildProcess.Collector, Workspace.Env(), at, "import", "twcs", file, "--db", ws.Db);
            Assert.True(r.Killed || r.ExitCode == 0, r.ToString());

            // Then after every kill the database is sound and holds all of the import or none of it
            DbCheck.AssertSound(ws.Db);
            long n = File.Exists(ws.Db) ? DbCheck.Complaints(ws.Db) : 0;
            Assert.True(n is 0 or Conversations, $"iteration {i}: {n} complaints after a kill at {at.TotalMilliseconds} ms");
        }

        // And one complete run gives the clean run's database
        ProcessResult last = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", ws.Db);
        Assert.True(last.ExitCode == 0, last.ToString());
        Assert.Equal(clean, DbCheck.CanonicalDump(ws.Db));
    }

    [Fact]
    public async Task Issue_IMP14_a_truncated_export_then_the_whole_one_equals_a_clean_import_of_the_whole()
    {
        using var ws = new Workspace();
        (byte[] cut, byte[] whole) = TwcsFixtures.Truncated(seed: 7);
        string part = ws.Write("export.csv", cut);

        ProcessResult first = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", part, "--db", ws.Db, "--dataset", "export");
        Assert.True(first.ExitCode is 0 or 2, first.ToString());
        Assert.True(DbCheck.Complaints(ws.Db) >= 1);

        string full = ws.Write("export-full.csv", whole);
        ProcessResult second = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", full, "--db", ws.Db, "--dataset", "export");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(await CleanDump(ws, full, "export"), DbCheck.CanonicalDump(ws.Db));
    }

    /// <summary>The canonical dump of one clean import of <paramref name="file"/> into a fresh database.</summary>
    internal static async Task<string> CleanDump(Workspace ws, string file, string? dataset = null)
    {
        string db = ws.File($"clean-{Guid.NewGuid():N}/brandpulse.db");
        string[] args = ["import", "twcs", file, "--db", db, .. dataset is null ? Array.Empty<string>() : ["--dataset", dataset]];
        ProcessResult r = await ChildProcess.CollectAsync(Workspace.Env(), args);
        Assert.True(r.ExitCode == 0, r.ToString());
        return DbCheck.CanonicalDump(db);
    }
}
