using System.Diagnostics;
using BrandPulse.Testing;

namespace BrandPulse.Collector.Tests.Stores;

/// <summary><c>collect backup</c> of a PostgreSQL database with pg_dump, restored and written to again (issue 18).</summary>
public sealed class PostgresBackupTests
{
    private static readonly string s_sample = Path.Combine(RepoPaths.Root, "data", "twcs_kaggle_sample.csv");

    [Fact]
    public void A_pg_dump_backup_restores_into_an_empty_database_equal_and_takes_new_writes()
    {
        using var pg = new TestDatabase(TestDatabase.Postgres);
        using var restored = new TestDatabase(TestDatabase.Postgres);
        using var run = new CollectorRun();
        string key = Path.Combine(run.Dir, "a.key");
        File.WriteAllText(key, new string('7', 64));
        Assert.Equal(0, run.Run("import", "twcs", s_sample, "--db", pg.Db, "--key-file", key).Exit);
        string dest = Path.Combine(run.Dir, "backups", "bp.dump");

        var b = run.Run("backup", dest, "--db", pg.Db);

        Assert.Equal(0, b.Exit);
        Assert.Contains("pseudonym key", b.Out);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(dest)!));
        var restore = new ProcessStartInfo("pg_restore") { ArgumentList = { "--no-owner", "--dbname", restored.Db, dest }, RedirectStandardError = true };
        using (Process p = Process.Start(restore)!)
        {
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, err);
        }

        Assert.Equal(CopyCommandTests.Dump(pg.Db), CopyCommandTests.Dump(restored.Db));
        (long run0, long brand0, _) = CopyCommandTests.Ids(restored.Db);
        Assert.Equal(0, run.Run("import", "twcs", s_sample, "--db", restored.Db, "--key-file", key).Exit);
        Assert.Equal(0, run.Run("brands", "add", "--name", "Zeta Bank", "--db", restored.Db, "--key-file", key).Exit);
        (long run1, long brand1, _) = CopyCommandTests.Ids(restored.Db);
        Assert.True(run1 > run0 && brand1 > brand0);
    }
}
