using System.Diagnostics;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;
using BrandPulse.Testing.Fuzz;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 4 (DB-05, DB-06): several collector processes writing one database, created by the first of them, all
/// succeed or wait within the stated bound (Database.BusyTimeoutMs = 30 s); "database is locked" never reaches the user.
/// Issue 18: the same four collectors into one PostgreSQL database, whose first migration they race to apply.
/// </summary>
public sealed class ConcurrentWriterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Stores), MemberType = typeof(TestDatabase))]
    public async Task Issue_DB05_DB06_four_importers_on_a_new_database_all_succeed_and_the_union_is_stored_once(string store)
    {
        // Given two disjoint files and one file imported twice, and no database yet (an empty one on PostgreSQL)
        using var ws = new Workspace();
        using var db = new TestDatabase(store);
        ManualFixture a = ManualFixtures.Mixed(11, 400, name: "a.csv");
        ManualFixture b = ManualFixtures.Mixed(12, 400, name: "b.csv");
        string fileA = a.WriteTo(ws.Path), fileB = ws.Write("b.csv", System.Text.Encoding.UTF8.GetBytes(
            System.Text.Encoding.UTF8.GetString(b.Bytes).Replace("\r\nR", "\r\nB", StringComparison.Ordinal)));

        // When four collectors start at once
        var clock = Stopwatch.StartNew();
        ProcessResult[] runs = await Task.WhenAll(
            ChildProcess.CollectAsync(Workspace.Env(), "import", "manual", fileA, "--db", db.Db),
            ChildProcess.CollectAsync(Workspace.Env(), "import", "manual", fileB, "--db", db.Db),
            ChildProcess.CollectAsync(Workspace.Env(), "import", "manual", fileA, "--db", db.Db),
            ChildProcess.CollectAsync(Workspace.Env(), "log", "--brand", "Acme", "--channel", "phone", "--complained-at", "2024-05-02T09:00:00+02:00", "--ref", "CALL-1", "--db", db.Db));

        // Then every one finished normally (2: rows rejected by content) well within the busy timeout, none saw a lock error
        Assert.All(runs, r =>
        {
            Assert.True(r.ExitCode is 0 or 2, r.ToString());
            Assert.DoesNotContain("locked", r.Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Unhandled exception", r.Output);
        });
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));

        // and the database holds the union, each complaint once
        if (store == TestDatabase.Sqlite)
        {
            DbCheck.AssertSound(db.Db);
        }

        Assert.Equal(a.AcceptedRefs.Count + b.AcceptedRefs.Count + 1, StoreCounts.Complaints(db.Db));
    }
}
