using System.Data.Common;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Reliability.Tests.Infrastructure;

/// <summary>The oracles over a database file: SQLite's own integrity check, the app's invariants, a canonical dump.</summary>
internal static class DbCheck
{
    private static DbConnection Open(string path)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    /// <summary>Asserts <c>PRAGMA integrity_check</c> is ok, no foreign key dangles and no (source, key) repeats.</summary>
    public static void AssertSound(string path)
    {
        if (!File.Exists(path))
        {
            return; // killed before the database was created
        }

        using DbConnection c = Open(path);
        Assert.Equal(["ok"], c.Query<string>("PRAGMA integrity_check;").ToArray());
        Assert.Empty(c.Query("PRAGMA foreign_key_check;"));
        Assert.Empty(c.Query("SELECT source, source_key FROM complaint GROUP BY source, source_key HAVING count(*) > 1;"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM complaint WHERE complained_at_ms > observed_until_ms;"));
    }

    public static long Complaints(string path)
    {
        using DbConnection c = Open(path);
        return c.ExecuteScalar<long>("SELECT count(*) FROM complaint;");
    }

    /// <summary>Complaints, brands, accounts and cursors without row ids, run ids or save times: equal for equal content.</summary>
    public static string CanonicalDump(string path)
    {
        using DbConnection c = Open(path);
        var dump = new StringBuilder();
        Append(c, dump, """
            SELECT c.source, c.source_key, b.slug, c.channel, c.account_key, c.complained_at_ms, c.first_response_at_ms,
                   c.first_substantive_at_ms, c.observed_until_ms, c.complainant_pseudonym, c.response_kind, c.quality, c.illustrative
            FROM complaint c JOIN brand b ON b.id = c.brand_id ORDER BY c.source, c.source_key;
            """);
        Append(c, dump, "SELECT slug, display_name, industry, origin, (SELECT slug FROM brand m WHERE m.id = b.merged_into) FROM brand b ORDER BY slug;");
        Append(c, dump, "SELECT a.channel, a.account_key, a.handle, b.slug FROM brand_account a JOIN brand b ON b.id = a.brand_id ORDER BY 1, 2;");
        Append(c, dump, "SELECT source, scope, cursor FROM fetch_cursor ORDER BY source, scope;");
        return dump.ToString();
    }

    /// <summary>Every value of every table as text, for canary searches.</summary>
    public static string FullDump(string path)
    {
        using DbConnection c = Open(path);
        var dump = new StringBuilder();
        foreach (string table in c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;").ToList())
        {
            Append(c, dump, $"SELECT * FROM \"{table}\";", table + ": ");
        }

        return dump.ToString();
    }

    private static void Append(DbConnection c, StringBuilder dump, string sql, string prefix = "")
    {
        foreach (IDictionary<string, object?> row in c.Query(sql).Cast<IDictionary<string, object?>>())
        {
            dump.Append(prefix).AppendJoin('|', row.Values.Select(v => v is byte[] b ? Convert.ToHexString(b) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))).Append('\n');
        }

        dump.Append("--\n");
    }
}
