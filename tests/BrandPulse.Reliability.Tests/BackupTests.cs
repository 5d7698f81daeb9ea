using System.Data.Common;
using System.Diagnostics;
using BrandPulse.Data;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;
using BrandPulse.Testing.Fuzz;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// DB-10 and issue 18: <c>collect backup</c> copies a live database consistently, writes its destination all at once,
/// and a restored backup written to again never brings back a brand revision a build has already seen.
/// </summary>
public sealed class BackupTests
{
    private const int Conversations = 3_000;

    [Fact]
    public async Task Issue18_backups_taken_while_another_process_imports_are_sound_and_hold_all_of_that_import_or_none()
    {
        // Given a database with a small import, and a large import running in another process
        using var ws = new Workspace();
        string small = ws.Write("small.csv", TwcsFixtures.Big(20).Bytes("\n"));
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", small, "--db", ws.Db)).ExitCode);
        string big = ws.Write("big.csv", TwcsFixtures.Big(Conversations).Bytes("\n"));
        Task<ProcessResult> import = ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", big, "--db", ws.Db);

        // When backups are taken, one after another, until it has finished
        var taken = new List<(string Path, bool DuringImport)>();
        for (int i = 0; !import.IsCompleted || taken.Count < 2; i++)
        {
            string dest = ws.File($"backups/b{i}.db");
            ProcessResult r = InProcessCollector.Run(ws.Db, "backup", dest);
            Assert.True(r.ExitCode == 0, r.ToString());
            taken.Add((dest, !import.IsCompleted));
        }

        Assert.Equal(0, (await import).ExitCode);

        // Then every backup passes the checks and holds the small import, with all of the large one or none of it
        Assert.Contains(taken, t => t.DuringImport);
        foreach ((string path, _) in taken)
        {
            DbCheck.AssertSound(path);
            Assert.False(File.Exists(path + "-wal"));
            long n = DbCheck.Complaints(path);
            Assert.True(n is 20 or 20 + Conversations, $"{path}: {n} complaints");
        }

        // And the last one equals the database
        Assert.Equal(DbCheck.CanonicalDump(ws.Db), DbCheck.CanonicalDump(taken[^1].Path));
    }

    [Fact]
    public async Task Issue18_a_backup_killed_before_its_rename_leaves_the_previous_backup_whole_and_the_next_one_cleans_up()
    {
        // Given a backup of a database, and more complaints since
        using var ws = new Workspace();
        string file = ws.Write("big.csv", TwcsFixtures.Big(200).Bytes("\n"));
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", ws.Db)).ExitCode);
        string dest = ws.File("backups/brandpulse.db");
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "backup", dest, "--db", ws.Db)).ExitCode);
        byte[] previous = File.ReadAllBytes(dest);
        using (DbConnection c = Database.OpenForWrite(ws.Db))
        {
            DemoDatabase.Log(c, ("Acme", "phone", "2024-05-02T09:00:00Z", "2024-05-02T09:10:00Z", "NEW-1"));
        }

        // When the next backup dies with its copy complete but not yet renamed
        ProcessResult killed = await ChildProcess.CollectAsync(Workspace.Env(("BRANDPULSE_FAULT", "crash-before-backup-rename")), "backup", dest, "--db", ws.Db);

        // Then the destination is still the previous backup, byte for byte
        Assert.NotEqual(0, killed.ExitCode);
        Assert.Equal(previous, File.ReadAllBytes(dest));
        Assert.NotEmpty(Directory.EnumerateFiles(ws.File("backups"), "brandpulse.db.partial-*"));

        // And the next backup replaces it and removes the partial copy
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "backup", dest, "--db", ws.Db)).ExitCode);
        Assert.Equal(DbCheck.CanonicalDump(ws.Db), DbCheck.CanonicalDump(dest));
        Assert.Equal(["brandpulse.db"], Directory.EnumerateFiles(ws.File("backups")).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public async Task Issue18_kill_9_at_random_moments_of_a_backup_never_leaves_a_partial_destination()
    {
        using var ws = new Workspace();
        string file = ws.Write("big.csv", TwcsFixtures.Big(Conversations).Bytes("\n"));
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", ws.Db)).ExitCode);
        string dest = ws.File("backups/brandpulse.db");
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "backup", ws.File("timing.db"), "--db", ws.Db)).ExitCode);
        TimeSpan full = clock.Elapsed;

        Random random = FaultIterations.Random(180);
        int iterations = FaultIterations.Count(quick: 4);
        for (int i = 0; i < iterations; i++)
        {
            var at = TimeSpan.FromMilliseconds(random.Next(50, (int)full.TotalMilliseconds + 50));
            ProcessResult r = await ChildProcess.RunAsync(ChildProcess.Collector, Workspace.Env(), at, "backup", dest, "--db", ws.Db);
            Assert.True(r.Killed || r.ExitCode == 0, r.ToString());

            // Then the destination is absent or a whole, sound copy
            if (File.Exists(dest))
            {
                DbCheck.AssertSound(dest);
                Assert.Equal(Conversations, DbCheck.Complaints(dest));
            }
        }
    }

    [Fact]
    public async Task Issue18_a_pg_dump_backup_killed_before_its_rename_or_at_random_moments_never_leaves_a_partial_destination()
    {
        // Given a PostgreSQL database with a backup, and more complaints since
        using var pg = new TestDatabase(TestDatabase.Postgres);
        using var ws = new Workspace();
        await PostgresFaultTests.ImportAsync(ws, pg.Db, "a.csv", 200);
        string dest = ws.File("backups/brandpulse.dump");
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "backup", dest, "--db", pg.Db)).ExitCode);
        byte[] previous = File.ReadAllBytes(dest);
        await PostgresFaultTests.ImportAsync(ws, pg.Db, "b.csv", Conversations);

        // When the next backup dies with pg_dump's file complete but not yet renamed
        ProcessResult killed = await ChildProcess.CollectAsync(Workspace.Env(("BRANDPULSE_FAULT", "crash-before-backup-rename")), "backup", dest, "--db", pg.Db);

        // Then the destination is still the previous backup, byte for byte
        Assert.NotEqual(0, killed.ExitCode);
        Assert.Equal(previous, File.ReadAllBytes(dest));
        Assert.NotEmpty(Directory.EnumerateFiles(ws.File("backups"), "brandpulse.dump.partial-*"));

        // And killed (with its pg_dump) at random moments, the destination is always a whole archive pg_restore reads
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "backup", ws.File("timing.dump"), "--db", pg.Db)).ExitCode);
        TimeSpan full = clock.Elapsed;
        Random random = FaultIterations.Random(181);
        for (int i = 0; i < FaultIterations.Count(quick: 3); i++)
        {
            var at = TimeSpan.FromMilliseconds(random.Next(50, (int)full.TotalMilliseconds + 50));
            ProcessResult r = await ChildProcess.RunAsync(ChildProcess.Collector, Workspace.Env(), at, "backup", dest, "--db", pg.Db);
            Assert.True(r.Killed || r.ExitCode == 0, r.ToString());
            Assert.True(RestoreList(dest) is { } tables && tables.Contains("TABLE DATA public complaint", StringComparison.Ordinal), dest);
        }

        // And the next backup completes and removes every partial file
        Assert.Equal(0, (await ChildProcess.CollectAsync(Workspace.Env(), "backup", dest, "--db", pg.Db)).ExitCode);
        Assert.Equal(["brandpulse.dump"], Directory.EnumerateFiles(ws.File("backups")).Select(f => Path.GetFileName(f)).ToArray());
        Assert.NotEqual(previous, File.ReadAllBytes(dest));
    }

    /// <summary>pg_restore's table of contents of an archive; fails the test if pg_restore cannot read it.</summary>
    private static string RestoreList(string archive)
    {
        var start = new ProcessStartInfo("pg_restore") { ArgumentList = { "--list", archive }, RedirectStandardOutput = true, RedirectStandardError = true };
        using Process p = Process.Start(start)!;
        string output = p.StandardOutput.ReadToEnd();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"pg_restore --list {archive}: {err}");
        return output;
    }

    [Fact]
    public async Task Issue18_a_restored_backup_written_to_again_gets_new_revisions_and_an_incremental_build_equals_a_full_one()
    {
        // Given a database, a published site built from it, and a backup
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        string site = ws.File("out/site");
        await PublishCrashTests.Build(ws.Db, site);
        string backup = ws.File("backups/brandpulse.db");
        Assert.True(InProcessCollector.Run(ws.Db, "backup", backup).ExitCode == 0);
        string brand = Scalar<string>(ws.Db, "SELECT display_name FROM brand WHERE origin = 'registry' ORDER BY slug LIMIT 1;");
        long atBackup = Revision(ws.Db, brand);

        // and the database written to after the backup, and built
        using (DbConnection c = Database.OpenForWrite(ws.Db))
        {
            DemoDatabase.Log(c, (brand, "phone", "2024-05-02T09:00:00Z", "2024-05-02T09:10:00Z", "AFTER-BACKUP-1"));
        }

        long lost = Revision(ws.Db, brand);
        await PublishCrashTests.Build(ws.Db, site);

        // When the backup is restored and written to again, with other complaints of the same brand
        string restored = ws.File("restored/brandpulse.db");
        Directory.CreateDirectory(Path.GetDirectoryName(restored)!);
        File.Copy(backup, restored);
        Assert.Equal(atBackup, Revision(restored, brand));
        using (DbConnection c = Database.OpenForWrite(restored))
        {
            DemoDatabase.Log(c, (brand, "phone", "2024-05-03T09:00:00Z", null, "AFTER-RESTORE-1"));
        }

        // Then the brand's revision is new: neither the backup's nor the one the lost write gave it
        long now = Revision(restored, brand);
        Assert.NotEqual(atBackup, now);
        Assert.NotEqual(lost, now);

        // And the incremental build of the published site from it equals a full build
        await PublishCrashTests.Build(restored, site);
        await PublishCrashTests.Build(restored, ws.File("full/site"));
        Dictionary<string, string> full = SiteFiles.Hashes(ws.File("full/site"));
        Dictionary<string, string> incremental = SiteFiles.Hashes(site);
        Assert.True(full.Count == incremental.Count && full.All(kv => incremental.GetValueOrDefault(kv.Key) == kv.Value),
            SiteFiles.Diff(full, incremental));
    }

    private static long Revision(string db, string brand) =>
        Scalar<long>(db, "SELECT revision FROM brand WHERE display_name = @brand;", new { brand });

    private static T Scalar<T>(string db, string sql, object? args = null)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        return c.ExecuteScalar<T>(sql, args)!;
    }
}
