using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Collector.Tests.Commands;

public sealed class LogCommandTests
{
    private static long Count(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db}");
        c.Open();
        return c.ExecuteScalar<long>(sql);
    }

    [Fact]
    public void The_same_ref_logged_twice_is_one_complaint_and_a_later_answer_updates_it()
    {
        using var run = new CollectorRun();
        string[] waiting = ["log", "--brand", "Acme", "--channel", "phone", "--complained-at", "2024-05-02T09:00:00+02:00", "--ref", "CALL-7781", "--db", run.Db];

        var first = run.Run(waiting);
        var again = run.Run(waiting);
        var answered = run.Run([.. waiting, "--answered-at", "2024-05-02T09:42:00+02:00"]);

        Assert.Equal(0, first.Exit);
        Assert.Contains("still waiting", first.Out);
        Assert.Contains("new brand: Acme", first.Out);
        Assert.Contains("already recorded", again.Out);
        Assert.Contains("updated", answered.Out);
        Assert.Equal(1, Count(run.Db, "SELECT count(*) FROM complaint;"));
        Assert.Equal(42 * 60_000, Count(run.Db, "SELECT first_response_at_ms - complained_at_ms FROM complaint;"));
    }

    [Fact]
    public void X_is_logged_as_twitter_and_a_time_without_offset_is_refused_on_stderr_with_exit_1()
    {
        using var run = new CollectorRun();

        var ok = run.Run("log", "--brand", "Acme", "--channel", "X", "--complained-at", "2024-05-02T09:00:00Z", "--answered-at", "2024-05-02T09:01:30Z", "--db", run.Db);
        var bad = run.Run("log", "--brand", "Acme", "--channel", "phone", "--complained-at", "2024-05-02 09:00", "--db", run.Db);

        Assert.Equal(0, ok.Exit);
        Assert.Equal("twitter", ScalarText(run.Db, "SELECT channel FROM complaint;"));
        Assert.Equal(1, bad.Exit);
        Assert.Contains("complained_at", bad.Err);
        Assert.Contains("no UTC offset", bad.Err);
        Assert.Equal("", bad.Out);
    }

    [Fact]
    public void A_missing_option_is_a_one_line_error_and_nothing_is_written()
    {
        using var run = new CollectorRun();

        var r = run.Run("log", "--brand", "Acme", "--db", run.Db);

        Assert.Equal(1, r.Exit);
        Assert.Contains("missing --channel, --complained-at", r.Err);
        Assert.DoesNotContain("   at ", r.Err);
        Assert.False(File.Exists(run.Db));
    }

    [Fact]
    public void Every_command_has_help()
    {
        using var run = new CollectorRun();
        foreach (string[] command in new[]
                 {
                     new[] { "--help" }, ["log", "--help"], ["import", "twcs", "--help"], ["import", "ibm-cdp", "--help"],
                     ["brands", "load", "--help"], ["brands", "merge", "--help"],
                 })
        {
            var r = run.Run(command);
            Assert.Equal(0, r.Exit);
            Assert.Contains("USAGE", r.Out);
        }
    }

    private static string ScalarText(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db}");
        c.Open();
        return c.ExecuteScalar<string>(sql)!;
    }
}
