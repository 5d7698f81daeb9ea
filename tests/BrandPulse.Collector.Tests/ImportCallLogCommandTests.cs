namespace BrandPulse.Collector.Tests;

/// <summary><c>import call-log</c> through the CLI.</summary>
public sealed class ImportCallLogCommandTests
{
    private const string Header = "brand,number_called,started_at,answered_at,abandoned_at,ref\n";

    [Fact]
    public void Imports_answered_and_abandoned_calls_and_keeps_the_abandoned_one_censored()
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
