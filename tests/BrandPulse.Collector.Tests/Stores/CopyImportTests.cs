using System.Data.Common;
using System.Globalization;
using System.Text;
using BrandPulse.Data;
using BrandPulse.Testing;
using Dapper;

namespace BrandPulse.Collector.Tests.Stores;

/// <summary>
/// Issue 18: imports into PostgreSQL store a batch of complaints at a time by binary COPY (from 64 rows, 4,096 a batch).
/// What they store, count and report is exactly what SQLite's row-by-row import stores: on a first import, on a second
/// one that repeats half of it, and when a new complaint's reference code is already taken.
/// </summary>
public sealed class CopyImportTests
{
    private const string Header = "brand,number_called,started_at,answered_at,abandoned_at,ref\n";

    [Fact]
    public void A_call_log_of_9000_calls_then_one_repeating_half_of_them_store_the_same_rows_in_both_stores()
    {
        // Given: 9,000 calls (three batches), then 9,000 more of which 4,500 repeat the first file
        using var run = new CollectorRun();
        string key = run.File("k.key", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("copy"u8)));
        Directory.CreateDirectory(Path.Combine(run.Dir, "a"));
        Directory.CreateDirectory(Path.Combine(run.Dir, "b"));
        string first = run.File("a/calls.csv", Calls(0, 9000)), second = run.File("b/calls.csv", Calls(4500, 13_500));
        using var sqlite = new TestDatabase(TestDatabase.Sqlite);
        using var postgres = new TestDatabase(TestDatabase.Postgres);
        using var scratch = new TestDatabase(TestDatabase.Sqlite);

        // the reference code call 12,000 gets (from a scratch import) is taken beforehand by a stored complaint
        Assert.Equal(0, run.Run("import", "call-log", second, "--db", scratch.Db, "--key-file", key).Exit);
        string taken = Reference(scratch.Db, "C-12000");

        // When
        var outputs = new List<string>();
        foreach (TestDatabase db in new[] { sqlite, postgres })
        {
            var a = run.Run("import", "call-log", first, "--db", db.Db, "--key-file", key);
            Assert.True(a.Exit == 0, a.Err);
            using (DbConnection c = Database.OpenForWrite(db.Db))
            {
                c.Execute("UPDATE complaint SET reference = @taken WHERE source_key = 'C-17';", new { taken });
            }

            var b = run.Run("import", "call-log", second, "--db", db.Db, "--key-file", key);
            Assert.True(b.Exit == 0, b.Err);
            outputs.Add(a.Out + b.Out);
        }

        // Then: the same counts reported (9,000 accepted; then 4,500 accepted and 4,500 duplicates)
        Assert.Matches(@"accepted\s+9,?000", outputs[1]);
        Assert.Matches(@"accepted\s+4,?500", outputs[1][outputs[1].LastIndexOf("calls.csv", StringComparison.Ordinal)..]);
        Assert.Matches(@"duplicate\s+4,?500", outputs[1]);
        Assert.Equal(outputs[0], outputs[1]);

        // the same rows in both, every column (the ids of the first import too: new rows are numbered in file order)
        Assert.Equal(13_500, Dump(sqlite.Db).Length);
        Assert.Equal(Dump(sqlite.Db), Dump(postgres.Db));
        Assert.Equal(Ids(sqlite.Db), Ids(postgres.Db));

        // the call whose code was taken got the next attempt's, the same in both
        Assert.NotEqual(taken, Reference(postgres.Db, "C-12000"));
        Assert.Equal(Reference(sqlite.Db, "C-12000"), Reference(postgres.Db, "C-12000"));
    }

    private static string Calls(int from, int to)
    {
        var text = new StringBuilder(Header);
        var start = new DateTime(2025, 3, 3, 8, 0, 0, DateTimeKind.Utc);
        for (int n = from; n < to; n++)
        {
            DateTime at = start.AddSeconds(n * 53);
            string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"Brand {n % 23},+34 900 {n:000000},{Iso(at)},")
                .Append(n % 4 == 0 ? $",{Iso(at.AddSeconds(45 + (n % 600)))}" : $"{Iso(at.AddSeconds(20 + (n % 1200)))},")
                .Append(CultureInfo.InvariantCulture, $",C-{n}\n");
        }

        return text.ToString();
    }

    private static string Reference(string db, string sourceKey)
    {
        using DbConnection c = Database.OpenReadOnly(db);
        return c.ExecuteScalar<string>("SELECT reference FROM complaint WHERE source_key = @sourceKey;", new { sourceKey })!;
    }

    private static string[] Dump(string db)
    {
        using DbConnection c = Database.OpenReadOnly(db);
        return [.. c.Query<string>("""
            SELECT c.source || '|' || c.source_key || '|' || b.slug || '|' || c.channel || '|' || coalesce(c.account_key, '-') || '|'
                   || c.complained_at_ms || '|' || coalesce(c.first_response_at_ms, -1) || '|' || c.observed_until_ms || '|'
                   || coalesce(c.response_kind, '-') || '|' || coalesce(c.quality, '-') || '|' || c.illustrative || '|'
                   || coalesce(c.first_substantive_at_ms, -1) || '|' || coalesce(c.outcome, '-') || '|' || c.reference || '|' || r.id
            FROM complaint c JOIN brand b ON b.id = c.brand_id JOIN import_run r ON r.id = c.import_run_id
            ORDER BY c.source, c.source_key;
            """)];
    }

    /// <summary>The ids of the first import's complaints, by key.</summary>
    private static long[] Ids(string db)
    {
        using DbConnection c = Database.OpenReadOnly(db);
        return [.. c.Query<long>("""
            SELECT id FROM complaint WHERE import_run_id = (SELECT min(id) FROM import_run) ORDER BY source_key;
            """)];
    }
}
