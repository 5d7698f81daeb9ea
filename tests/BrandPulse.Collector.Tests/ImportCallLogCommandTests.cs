namespace BrandPulse.Collector.Tests;

/// <summary><c>import call-log</c> through the CLI.</summary>
public sealed class ImportCallLogCommandTests
{
    private const string Header = "brand,number_called,started_at,answered_at,abandoned_at,ref\n";

    [Fact]
    public void Imports_answered_and_abandoned_calls_and_the_abandoned_one_gave_up_at_the_hang_up()
    {
        using var run = new CollectorRun();
        string log = run.File("shopper.csv", Header
            + "Acme,+49 30 1,2024-05-02T09:00:00+02:00,2024-05-02T09:12:00+02:00,,A1\n"
            + "Acme,+49 30 1,2024-05-02T08:00:00+02:00,,2024-05-02T08:03:00+02:00,A2\n");

        (int exit, string output, _) = run.Run("import", "call-log", log, "--db", run.Db);
        (int again, string againOutput, _) = run.Run("import", "call-log", log, "--db", run.Db);

        Assert.Equal((0, 0), (exit, again));
        Assert.Contains("accepted      2", output);
        Assert.Contains("duplicate     2", againOutput);
        // the abandoned call stays observed for 3 minutes, not until the latest moment in the file (09:12)
        Assert.Equal(180_000, ImportCallsCommandTests.CountOf(
            "SELECT observed_until_ms - complained_at_ms FROM complaint WHERE source = 'call-log:shopper' AND source_key = 'A2'", run.Db));
        Assert.Equal(1, ImportCallsCommandTests.CountOf(
            "SELECT count(*) FROM complaint WHERE source_key = 'A2' AND outcome = 'abandoned' AND first_response_at_ms IS NULL", run.Db));
        Assert.Equal(1, ImportCallsCommandTests.CountOf("SELECT count(*) FROM complaint WHERE source_key = 'A1' AND outcome = 'reached_person'", run.Db));
    }

    [Fact]
    public void The_data_set_is_recorded_not_selected_unless_the_import_says_selected()
    {
        using var run = new CollectorRun();
        string log = run.File("shopper.csv", Header + "Acme,1,2024-05-02T09:00:00+02:00,2024-05-02T09:12:00+02:00,,A1\n");

        (int first, _, _) = run.Run("import", "call-log", log, "--db", run.Db);
        long before = ImportCallsCommandTests.CountOf("SELECT selected FROM data_set WHERE source = 'call-log:shopper'", run.Db);
        (int second, _, _) = run.Run("import", "call-log", log, "--db", run.Db, "--selected");
        (int both, _, string error) = run.Run("import", "call-log", log, "--db", run.Db, "--selected", "--not-selected");

        Assert.Equal((0, 0, 1), (first, second, both));
        Assert.Equal(0, before);
        Assert.Equal(1, ImportCallsCommandTests.CountOf("SELECT selected FROM data_set WHERE source = 'call-log:shopper'", run.Db));
        Assert.Contains("--selected and --not-selected: give at most one", error);
    }

    [Fact]
    public void Times_without_offset_are_rejected_unless_a_zone_is_given()
    {
        using var run = new CollectorRun();
        string log = run.File("shopper.csv", Header + "Acme,1,2024-05-02 09:00,2024-05-02 09:12,,A1\n");

        (int exit, _, string error) = run.Run("import", "call-log", log, "--db", run.Db);
        (int zoned, string output, _) = run.Run("import", "call-log", log, "--db", run.Db, "--time-zone", "Europe/Berlin");

        Assert.Equal((2, 0), (exit, zoned));
        Assert.Contains("shopper.csv:2:started_at: '2024-05-02 09:00' has no UTC offset", error);
        Assert.Contains("accepted      1", output);
    }
}
