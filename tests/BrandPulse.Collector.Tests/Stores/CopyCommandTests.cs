using System.Data.Common;
using System.Globalization;
using BrandPulse.Data;
using BrandPulse.Data.Operations;
using BrandPulse.Testing;
using Dapper;

namespace BrandPulse.Collector.Tests.Stores;

/// <summary><c>collect copy</c>: SQLite to PostgreSQL and back, equal canonical dumps, and the copy written to again (issue 18).</summary>
public sealed class CopyCommandTests
{
    private static readonly string s_sample = Path.Combine(RepoPaths.Root, "data", "twcs_kaggle_sample.csv");

    [Fact]
    public void A_database_copied_to_PostgreSQL_and_back_dumps_the_same_and_the_copies_take_new_writes()
    {
        using var pg = new TestDatabase(TestDatabase.Postgres);
        using var run = new CollectorRun();
        string key = Path.Combine(run.Dir, "a.key");
        File.WriteAllText(key, new string('7', 64));
        string source = Path.Combine(run.Dir, "source.db");
        string back = Path.Combine(run.Dir, "back.db");
        Assert.Equal(0, run.Run("import", "twcs", s_sample, "--db", source, "--key-file", key).Exit);
        Assert.Equal(0, run.Run("brands", "add", "--name", "Acme Telecom", "--account", "twitter:AcmeHelp", "--db", source, "--key-file", key).Exit);

        var there = run.Run("copy", "--from", source, "--to", pg.Db);
        var home = run.Run("copy", "--from", pg.Db, "--to", back);
        var again = run.Run("copy", "--from", source, "--to", pg.Db);

        Assert.Equal(0, there.Exit);
        Assert.Contains("pseudonym key", there.Out);
        Assert.Equal(0, home.Exit);
        Assert.Equal(1, again.Exit);
        Assert.Contains("is not empty (brand has", again.Err);
        string dump = Dump(source);
        Assert.Contains("complaint", dump);
        Assert.Equal(dump, Dump(pg.Db));
        Assert.Equal(dump, Dump(back));

        foreach (string copy in new[] { pg.Db, back })
        {
            (long maxRun, long maxBrand, long[] revisions) = Ids(copy);
            Assert.Equal(0, run.Run("import", "twcs", s_sample, "--db", copy, "--key-file", key).Exit);
            Assert.Equal(0, run.Run("brands", "rename", "acme-telecom", "--name", "Acme Telecom SA", "--db", copy, "--key-file", key).Exit);
            Assert.Equal(0, run.Run("brands", "add", "--name", "Zeta Bank", "--db", copy, "--key-file", key).Exit);
            (long newRun, long newBrand, long[] newRevisions) = Ids(copy);
            Assert.True(newRun > maxRun, $"{copy}: import run ids went on from {maxRun}");
            Assert.True(newBrand > maxBrand, $"{copy}: brand ids went on from {maxBrand}");
            Assert.Equal(revisions.Length + 1, newRevisions.Length);
            Assert.Contains("Acme Telecom SA", Dump(copy));
        }
    }

    /// <summary>Every table, every row, values in one text form, rows sorted.</summary>
    internal static string Dump(string db)
    {
        using DbConnection c = Database.OpenReadOnly(db);
        var sb = new System.Text.StringBuilder();
        foreach (string table in DatabaseCopy.Tables.Append("schema_migration"))
        {
            var rows = new List<string>();
            using DbCommand cmd = c.CreateCommand();
            cmd.CommandText = table == "schema_migration" ? "SELECT version FROM schema_migration" : $"SELECT * FROM {table}";
            using DbDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.GetName(i) + "=" + Value(r.GetValue(i)))));
            }

            rows.Sort(StringComparer.Ordinal);
            sb.Append(table).Append('\n');
            rows.ForEach(row => sb.Append(row).Append('\n'));
        }

        return sb.ToString();
    }

    private static string Value(object v) => v switch
    {
        DBNull => "NULL",
        long or int or short => Convert.ToInt64(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        byte[] b => Convert.ToHexString(b),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    internal static (long ImportRun, long Brand, long[] Revisions) Ids(string db)
    {
        using DbConnection c = Database.OpenReadOnly(db);
        return (c.ExecuteScalar<long>("SELECT max(id) FROM import_run;"), c.ExecuteScalar<long>("SELECT max(id) FROM brand;"),
            c.Query<long>("SELECT revision FROM brand;").ToArray());
    }
}
