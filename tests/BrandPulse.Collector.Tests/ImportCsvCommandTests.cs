using System.Text;
using System.Text.Json;

namespace BrandPulse.Collector.Tests;

/// <summary><c>import csv</c> through the CLI: mapping, exit codes, report, --dry-run.</summary>
public sealed class ImportCsvCommandTests
{
    private const string Map = "brand=Company,channel=Via,complained_at=Opened,answered_at=First reply,ref=Ticket";

    private static readonly string s_sheet = "\uFEFFTicket;Company;Via;Opened;First reply\r\n"
        + "T1;\"Acme\nGmbH\";Phone;2024-05-02T09:00:00+02:00;2024-05-02T09:42:00+02:00\r\n"   // lines 2-3
        + "T2;Acme;fax;2024-05-02T10:00:00Z;\r\n"                                               // line 4
        + "T3;Acme;email;2024-05-02 10:00;\r\n";                                                // line 5

    [Fact]
    public void Rejected_rows_give_exit_code_2_with_file_line_and_column_on_stderr_and_in_the_report()
    {
        using var run = new CollectorRun();
        string sheet = run.File("sheet.csv", s_sheet);
        string report = Path.Combine(run.Dir, "report.json");

        (int exit, string output, string error) = run.Run("import", "csv", sheet, "--map", Map, "--db", run.Db, "--report", report);

        Assert.Equal(2, exit);
        Assert.Contains("rejected sheet.csv:4:Via: unknown channel 'fax'; allowed: twitter, phone", error);
        Assert.Contains("rejected sheet.csv:5:Opened: '2024-05-02 10:00' has no UTC offset", error);
        Assert.Contains("accepted      1", output);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal([(4, "Via"), (5, "Opened")], json.RootElement.GetProperty("issues").EnumerateArray()
            .Select(i => (i.GetProperty("line").GetInt32(), i.GetProperty("field").GetString())));
        Assert.Equal(1, ImportCallsCommandTests.CountOf("SELECT count(*) FROM complaint WHERE source = 'csv:sheet'", run.Db));
    }

    [Fact]
    public void A_dry_run_reports_the_same_and_writes_nothing()
    {
        using var run = new CollectorRun();
        string sheet = run.File("sheet.csv", s_sheet);
        string report = Path.Combine(run.Dir, "dry.json");

        (int exit, string output, string error) = run.Run("import", "csv", sheet, "--map", Map, "--db", run.Db, "--report", report, "--dry-run");

        Assert.Equal(2, exit);
        Assert.Contains("sheet.csv:4:Via: unknown channel 'fax'", error);
        Assert.Contains("accepted      1", output);
        Assert.Contains("dry run: nothing written", output);
        Assert.False(Directory.Exists(Path.GetDirectoryName(run.Db)));
        Assert.Equal(2, JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public void A_clean_file_with_a_mapping_file_and_a_zone_exits_0_and_a_rerun_adds_nothing()
    {
        using var run = new CollectorRun();
        string sheet = run.File("mails.csv", "Company\tOpened\tFirst reply\nAcme\t2024-05-02 09:00\t2024-05-02 11:00\n");
        string mapping = run.File("map.json", """{"brand": "Company", "complained_at": "Opened", "answered_at": "First reply"}""");
        string[] args = ["import", "csv", sheet, "--mapping", mapping, "--channel", "email", "--time-zone", "Europe/Berlin", "--db", run.Db];

        (int exit, _, _) = run.Run(args);
        (int again, string againOutput, _) = run.Run(args);

        Assert.Equal((0, 0), (exit, again));
        Assert.Contains("duplicate     1", againOutput);
        Assert.Equal(7_200_000, ImportCallsCommandTests.CountOf("SELECT first_response_at_ms - complained_at_ms FROM complaint WHERE channel = 'email'", run.Db));
    }

    [Theory]
    [InlineData("a;b,c\n1;2,3\n", "sheet.csv:1: cannot tell the delimiter")]
    [InlineData("Ticket,Company\nT1,Acme\n", "sheet.csv:1: missing column Via, Opened, First reply")]
    public void An_unusable_file_exits_1_without_creating_the_database(string text, string message)
    {
        using var run = new CollectorRun();
        string sheet = run.File("sheet.csv", Encoding.UTF8.GetBytes(text));

        (int exit, _, string error) = run.Run("import", "csv", sheet, "--map", Map, "--db", run.Db);

        Assert.Equal(1, exit);
        Assert.Contains(message, error);
        Assert.False(File.Exists(run.Db));
    }

    [Theory]
    [InlineData("--channel", "fax", "--channel: unknown channel 'fax'")]
    [InlineData("--time-zone", "Nowhere/Land", "--time-zone: unknown time zone 'Nowhere/Land'")]
    public void Bad_options_exit_1(string option, string value, string message)
    {
        using var run = new CollectorRun();
        string sheet = run.File("sheet.csv", s_sheet);

        (int exit, _, string error) = run.Run("import", "csv", sheet, "--map", "brand=Company,complained_at=Opened", option, value, "--db", run.Db);

        Assert.Equal(1, exit);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("calls")]
    [InlineData("call-log")]
    [InlineData("csv")]
    public void Help_renders_the_descriptions_and_options(string command)
    {
        using var run = new CollectorRun();

        (int exit, string output, string error) = run.Run("import", command, "--help");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("--time-zone", output);
        Assert.DoesNotContain("malformed markup", output);
    }
}
