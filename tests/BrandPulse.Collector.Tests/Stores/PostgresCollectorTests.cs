using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Testing;
using Dapper;

namespace BrandPulse.Collector.Tests.Stores;

/// <summary>The collector's CLI on either store: the same imports, the pseudonym key checked, no password shown (issue 18).</summary>
public sealed class PostgresCollectorTests
{
    private static readonly string s_sample = Path.Combine(RepoPaths.Root, "data", "twcs_kaggle_sample.csv");

    [Theory]
    [MemberData(nameof(TestDatabase.Stores), MemberType = typeof(TestDatabase))]
    public void Importing_the_sample_twice_adds_nothing_the_second_time_in_either_store(string store)
    {
        using var db = new TestDatabase(store);
        using var run = new CollectorRun();
        string key = KeyFile(run, "a");

        var first = run.Run("import", "twcs", s_sample, "--db", db.Db, "--key-file", key);
        var second = run.Run("import", "twcs", s_sample, "--db", db.Db, "--key-file", key);

        Assert.Equal(0, first.Exit);
        Assert.Matches(@"accepted\s+24", first.Out);
        Assert.Matches(@"duplicate\s+24", second.Out);
        using DbConnection c = Database.OpenReadOnly(db.Db);
        Assert.Equal(24, c.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
        Assert.Equal(2, c.ExecuteScalar<long>("SELECT count(*) FROM import_run;"));
    }

    [Fact]
    public void A_collector_with_another_pseudonym_key_is_refused_before_it_writes()
    {
        using var db = new TestDatabase(TestDatabase.Postgres);
        using var run = new CollectorRun();
        Assert.Equal(0, run.Run("import", "twcs", s_sample, "--db", db.Db, "--key-file", KeyFile(run, "a")).Exit);

        var other = run.Run("import", "twcs", s_sample, "--db", db.Db, "--key-file", KeyFile(run, "b"));

        Assert.Equal(1, other.Exit);
        Assert.Contains("this pseudonym key is not the one this database was written with", other.Err);
        using DbConnection c = Database.OpenReadOnly(db.Db);
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM import_run;"));
        Assert.DoesNotContain(File.ReadAllText(KeyFile(run, "a")), c.ExecuteScalar<string>("SELECT string_agg(value, ' ') FROM database_info;"));
    }

    [Fact]
    public void A_PostgreSQL_database_never_gets_a_key_made_up_for_it()
    {
        using var db = new TestDatabase(TestDatabase.Postgres);
        using var run = new CollectorRun();

        var r = run.Run("import", "twcs", s_sample, "--db", db.Db);

        Assert.Equal(1, r.Exit);
        Assert.Contains("no pseudonym key for postgresql://", r.Err);
        Assert.Contains("BRANDPULSE_PSEUDONYM_KEY", r.Err);
    }

    [Fact]
    public void A_server_that_cannot_be_reached_is_named_without_its_password()
    {
        using var run = new CollectorRun();
        string uri = $"postgresql://bp:hunter2secret@/brandpulse?host={run.Dir}";

        var r = run.Run("brands", "list", "--db", uri);

        Assert.Equal(75, r.Exit); // try again later
        Assert.Contains("cannot connect to postgresql://bp:***@/brandpulse", r.Err);
        Assert.DoesNotContain("hunter2secret", r.Out + r.Err);
    }

    /// <summary>A key file with a key of its own, made from <paramref name="seed"/>.</summary>
    private static string KeyFile(CollectorRun run, string seed)
    {
        string path = Path.Combine(run.Dir, seed + ".key");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed))));
        }

        return path;
    }
}
