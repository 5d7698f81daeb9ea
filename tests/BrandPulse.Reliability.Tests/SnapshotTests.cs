using System.Globalization;
using System.Text;
using BrandPulse.Generator;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 3 (I3, DB-08): a build reads one consistent snapshot while collectors write, on SQLite and (issue 18) on
/// PostgreSQL, where the snapshot is a read-only, repeatable-read transaction.
/// </summary>
public sealed class SnapshotTests
{
    private const int Batch = 40;

    [Theory]
    [MemberData(nameof(TestDatabase.Stores), MemberType = typeof(TestDatabase))]
    public async Task Issue_DB08_builds_while_a_collector_imports_batches_see_whole_batches_only(string store)
    {
        // Given a database with a first batch
        using var ws = new Workspace();
        using var db = new TestDatabase(store);
        await Import(ws, db.Db, 0);

        // When a collector keeps importing batches of 40 complaints (one transaction each) while sites are built
        int batches = FaultIterations.Full ? 30 : 5;
        Task writer = Task.Run(async () =>
        {
            for (int b = 1; b < batches; b++)
            {
                await Import(ws, db.Db, b);
            }
        });
        var seen = new List<int>();
        int builds = 0;
        while (!writer.IsCompleted || builds == 0)
        {
            string site = ws.File($"site-{builds++}");
            await SiteBuild.RunAsync(new BuildOptions(db.Db, site, RepoPaths.Site));
            seen.Add(Rows(Path.Combine(site, "data", "complaints.csv")));
        }

        await writer;

        // Then every site holds a whole number of batches: never half an import
        Assert.All(seen, n => Assert.True(n % Batch == 0 && n > 0, $"a site with {n} complaints: not whole batches of {Batch}"));
        if (store == TestDatabase.Sqlite)
        {
            DbCheck.AssertSound(db.Db);
        }

        Assert.Equal(batches * Batch, StoreCounts.Complaints(db.Db));
    }

    private static async Task Import(Workspace ws, string db, int batch)
    {
        var csv = new StringBuilder("ref,brand,channel,complained_at,answered_at,observed_until\n");
        for (int i = 0; i < Batch; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"B{batch}-{i},Brand {(char)('A' + (i % 3))},phone,2024-05-0{1 + (batch % 9)}T09:{i:00}:00Z,2024-05-0{1 + (batch % 9)}T10:{i:00}:00Z,\n");
        }

        string file = ws.Write($"batch-{batch}.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        ProcessResult r = await ChildProcess.CollectAsync(Workspace.Env(), "import", "manual", file, "--db", db);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    private static int Rows(string csv) => File.ReadAllText(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
}
