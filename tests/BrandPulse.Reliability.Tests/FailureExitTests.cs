using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 8 (DB-11, DB-12, DB-13, IMP-18, DSK-01): every failure exits with a documented code (1, 2 or 75) and a
/// one-line reason on stderr, never a stack trace; nothing half-written.
/// </summary>
public sealed class FailureExitTests
{
    [Fact]
    public async Task Issue_I8_failures_exit_1_with_a_reason_and_no_stack_trace() => await Check(oneLine: false);

    [Fact]
    public async Task Issue_I8_every_failure_reason_is_one_line() => await Check(oneLine: true);

    [Fact]
    public async Task Issue_DB13_the_collector_refuses_a_newer_schema_and_writes_nothing()
    {
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        using (var c = new SqliteConnection($"Data Source={ws.Db};Pooling=False"))
        {
            c.Execute("INSERT INTO schema_migration (version, description) VALUES (99, 'from the future');");
        }

        string before = DbCheck.FullDump(ws.Db);
        ProcessResult r = await ChildProcess.CollectAsync(Workspace.Env(), "log", "--brand", "Acme", "--channel", "phone", "--complained-at", "2024-05-02T09:00:00+02:00", "--db", ws.Db);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(before, DbCheck.FullDump(ws.Db));
    }

    private static async Task Check(bool oneLine)
    {
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        string newer = ws.File("newer.db");
        File.Copy(ws.Db, newer);
        using (var c = new SqliteConnection($"Data Source={newer};Pooling=False"))
        {
            c.Execute("INSERT INTO schema_migration (version, description) VALUES (99, 'from the future');");
        }

        string deep = ws.Write("deep.json", System.Text.Encoding.ASCII.GetBytes(new string('[', 100_000)));
        string notDb = ws.Write("notdb.db", new byte[8192]);
        (string Dll, string[] Args)[] cases =
        [
            (ChildProcess.Collector, ["import", "twcs", ws.File("missing.csv"), "--db", ws.Db]),
            (ChildProcess.Collector, ["import", "twcs", ws.File("x.csv"), "--db", ws.Db, "--no-such-option"]),
            (ChildProcess.Collector, ["import", "ibm-cdp", deep, "--db", ws.Db]),
            (ChildProcess.Collector, ["log", "--brand", "Acme", "--channel", "phone", "--complained-at", "2024-05-02T09:00:00+02:00", "--db", notDb]),
            (ChildProcess.Collector, ["log", "--brand", "Acme", "--channel", "phone", "--complained-at", "2024-05-02T09:00:00+02:00", "--db", newer]),
            (ChildProcess.Generator, ["build", "--db", newer, "--out", ws.File("site"), "--site", RepoPaths.Site]),
            (ChildProcess.Generator, ["build", "--db", notDb, "--out", ws.File("site"), "--site", RepoPaths.Site]),
            (ChildProcess.Generator, ["build", "--db", ws.File("missing.db"), "--out", ws.File("site"), "--site", RepoPaths.Site]),
        ];

        foreach ((string dll, string[] args) in cases)
        {
            ProcessResult r = await ChildProcess.RunAsync(dll, Workspace.Env(), null, args);
            string what = $"{dll} {string.Join(' ', args)}: {r}";
            Assert.True(r.ExitCode == 1, what);
            Assert.DoesNotContain("Unhandled exception", r.Output);
            Assert.DoesNotContain("   at ", r.Stderr);
            Assert.True(r.Stderr.Trim().Length > 0, what);
            Assert.True(!oneLine || r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == 1, "not one line: " + what);
        }

        Assert.False(Directory.Exists(ws.File("site")));
    }
}
