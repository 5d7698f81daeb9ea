using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;
using BrandPulse.Testing.Fuzz;
using Dapper;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Issue 18 on PostgreSQL: an import into a real server stopped by SIGTERM or killed with SIGKILL keeps all of its
/// one transaction or none of it, and running it again completes it.
/// </summary>
public sealed class PostgresFaultTests
{
    private const int Conversations = 3_000;

    [Fact]
    public async Task Issue18_SIGTERM_in_the_middle_of_an_import_into_PostgreSQL_rolls_it_back_and_exits_143()
    {
        // Given a PostgreSQL database holding one import, and a large file whose import receives SIGTERM halfway
        using var pg = new TestDatabase(TestDatabase.Postgres);
        using var ws = new Workspace();
        await ImportAsync(ws, pg.Db, "small.csv", 20);
        string file = ws.Write("big.csv", TwcsFixtures.Big(Conversations).Bytes("\n"));
        ProcessResult stopped = await ChildProcess.CollectAsync(
            Workspace.Env(("BRANDPULSE_FAULT", "sigterm-after-rows:1500")), "import", "twcs", file, "--db", pg.Db);

        // Then it exits 143, says the import was rolled back, and the database holds only the first import
        Assert.True(stopped.ExitCode == 143, stopped.ToString());
        Assert.Contains("interrupted by SIGTERM: the import of big.csv was rolled back", stopped.Stderr);
        Assert.Equal((20, 1), Counts(pg.Db));

        // When it runs again, all of the file is imported
        ProcessResult rerun = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", pg.Db);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal((20 + Conversations, 2), Counts(pg.Db));
    }

    [Fact]
    public async Task Issue18_kill_9_at_random_moments_of_an_import_into_PostgreSQL_leaves_all_of_it_or_none_then_a_rerun_completes()
    {
        using var pg = new TestDatabase(TestDatabase.Postgres);
        using var ws = new Workspace();
        await ImportAsync(ws, pg.Db, "small.csv", 20);
        string file = ws.Write("big.csv", TwcsFixtures.Big(Conversations).Bytes("\n"));
        Random random = FaultIterations.Random(1818);
        bool killedOnce = false;
        for (int i = 0; i < FaultIterations.Count(quick: 3); i++)
        {
            var at = TimeSpan.FromMilliseconds(random.Next(300, 2_500));
            ProcessResult r = await ChildProcess.RunAsync(ChildProcess.Collector, Workspace.Env(), at, "import", "twcs", file, "--db", pg.Db);

            // Then each run finished, or was killed leaving none of its rows: the server rolls back the open transaction
            Assert.True(r.Killed || r.ExitCode == 0, r.ToString());
            killedOnce |= r.Killed;
            (long complaints, _) = Counts(pg.Db);
            Assert.True(complaints is 20 or 20 + Conversations, $"iteration {i}: {complaints} complaints after a kill at {at.TotalMilliseconds} ms");
        }

        await ImportAsync(ws, pg.Db, "big.csv", Conversations);
        Assert.Equal(20 + Conversations, Counts(pg.Db).Complaints);
        Assert.True(killedOnce || FaultIterations.Full, "no kill arrived while an import ran: the moments are too late");
    }

    /// <summary>Imports <paramref name="conversations"/> twcs conversations from the file <paramref name="name"/> (written if missing); fails the test unless it succeeds.</summary>
    internal static async Task ImportAsync(Workspace ws, string db, string name, int conversations)
    {
        string file = File.Exists(ws.File(name)) ? ws.File(name) : ws.Write(name, TwcsFixtures.Big(conversations).Bytes("\n"));
        ProcessResult r = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", db);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    /// <summary>The complaints stored and the import runs recorded as complete.</summary>
    private static (long Complaints, long Runs) Counts(string db)
    {
        using DbConnection c = Database.OpenReadOnly(db);
        return (c.ExecuteScalar<long>("SELECT count(*) FROM complaint;"), c.ExecuteScalar<long>("SELECT count(*) FROM import_run;"));
    }
}
