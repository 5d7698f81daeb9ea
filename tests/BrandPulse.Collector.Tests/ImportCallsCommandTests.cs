using System.Data.Common;
using System.Text.Json;
using BrandPulse.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Collector.Tests;

/// <summary><c>import calls</c> on the real call-centre log and on broken logs, through the CLI.</summary>
public sealed class ImportCallsCommandTests
{
    private const string Header =
        "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\r\n";

    private static readonly string s_realFile = CollectorRun.SharedData("anonymous_bank_callcenter_1999_02.txt");

    [Fact]
    public void Imports_the_real_log_reports_its_rejects_and_adds_nothing_the_second_time()
    {
        using var run = new CollectorRun();
        string report = Path.Combine(run.Dir, "report.json");
        string[] args = ["import", "calls", s_realFile, "--brand", "Anonymous Bank", "--time-zone", "Asia/Jerusalem", "--db", run.Db];

        (int exit, string output, string error) = run.Run([.. args, "--report", report]);
        (int again, string againOutput, _) = run.Run(args);

        // 23 calls have vru_time < 0 (rejected), so the import ends with exit code 2
        Assert.Equal(2, exit);
        Assert.Contains("accepted      31052", output);
        Assert.Contains("(self service: 1941)", output);
        Assert.Contains("(phantom: 278)", output);
        Assert.Contains("rejected anonymous_bank_callcenter_1999_02.txt:2047:vru_time: vru_time is negative (-57 s)", error);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(23, json.RootElement.GetProperty("rejected").GetInt32());
        Assert.Equal(73, json.RootElement.GetProperty("issues").GetArrayLength());
        Assert.Equal((2, 0), (again, CountOf("SELECT count(*) - 31052 FROM complaint", run.Db)));
        Assert.Contains("accepted      0", againOutput);
        Assert.Contains("duplicate     31052", againOutput);
        Assert.Equal(27_091, CountOf("SELECT count(*) FROM complaint WHERE outcome = 'reached_person' AND first_response_at_ms IS NOT NULL", run.Db));
        Assert.Equal(3_961, CountOf("SELECT count(*) FROM complaint WHERE outcome = 'abandoned' AND first_response_at_ms IS NULL", run.Db));
    }

    [Fact]
    public void Broken_rows_are_listed_with_file_line_and_field_and_the_rest_import()
    {
        using var run = new CollectorRun();
        string log = run.File("feb.txt", Header
            + "AA0101\t1\t0\t0\tPS\t990201\t7:02:47\t7:02:56\t9\t0:00:00\t0:00:00\t0\tAGENT\t7:02:55\t7:05:41\t166\tDORIT\r\n"
            + "AA0101\t2\t0\t0\tPS\t990201\t7:61:00\t7:02:56\t9\t0:00:00\t0:00:00\t0\tAGENT\t7:02:55\t7:05:41\t166\tDORIT\r\n"
            + "AA0101\t3\t0\t0\tPS\t990201\t8:00:00\r\n");

        (int exit, string output, string error) = run.Run("import", "calls", log, "--brand", "Bank", "--time-zone", "Asia/Jerusalem", "--db", run.Db);

        Assert.Equal(2, exit);
        Assert.Contains("feb.txt:3:vru_entry: vru_entry '7:61:00' is not a time H:MM:SS", error);
        Assert.Contains("feb.txt:4: expected 17 tab-separated fields, found 7", error);
        Assert.Contains("accepted      1", output);
        Assert.Equal(1, CountOf("SELECT count(*) FROM complaint WHERE source = 'calls:feb' AND channel = 'phone'", run.Db));
    }

    [Theory]
    [InlineData("--time-zone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'")]
    [InlineData("--brand", "Bank", "--time-zone: no time zone given")]
    public void A_missing_or_unknown_zone_fails_before_anything_is_written(string option, string value, string message)
    {
        using var run = new CollectorRun();
        string log = run.File("feb.txt", Header);
        string[] args = option == "--brand"
            ? ["import", "calls", log, "--brand", value, "--db", run.Db]
            : ["import", "calls", log, "--brand", "Bank", option, value, "--db", run.Db];

        (int exit, _, string error) = run.Run(args);

        Assert.Equal(1, exit);
        Assert.Contains(message, error);
        Assert.False(File.Exists(run.Db));
    }

    [Fact]
    public void A_comma_separated_file_is_fatal_and_imports_nothing()
    {
        using var run = new CollectorRun();
        string log = run.File("feb.csv", Header.Replace('\t', ',') + "AA0101,1,0,0,PS,990201,7:02:47,7:02:56,9,0:00:00,0:00:00,0,AGENT,7:02:55,7:05:41,166,DORIT\r\n");

        (int exit, _, string error) = run.Run("import", "calls", log, "--brand", "Bank", "--time-zone", "Asia/Jerusalem", "--db", run.Db);

        Assert.Equal(1, exit);
        Assert.Contains("feb.csv:1: expected tab-separated columns", error);
        Assert.DoesNotContain("Unhandled", error);
        Assert.Equal(0, CountOf("SELECT count(*) FROM complaint", run.Db));
    }

    internal static long CountOf(string sql, string db)
    {
        using DbConnection connection = Database.OpenForWrite(db);
        return connection.ExecuteScalar<long>(sql);
    }
}
