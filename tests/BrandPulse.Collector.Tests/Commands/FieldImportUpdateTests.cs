using System.Globalization;
using BrandPulse.Testing;

namespace BrandPulse.Collector.Tests.Commands;

/// <summary>Issue 14: a volunteer's later export, with an answer filled in, updates the attempt through the CLI.</summary>
public sealed class FieldImportUpdateTests
{
    private const string Attempt = "fe7234a0-9a5c-492c-b94f-a386e2a5fdf0"; // an e-mail of the demo export, still unanswered

    [Fact]
    public void A_later_export_with_the_answer_updates_the_attempt_and_adds_nothing()
    {
        // Given the demo campaign imported, and the same export again with one e-mail's answer filled in
        using var run = new CollectorRun();
        string original = RepoPaths.Data("illustrative_campaign_export.csv");
        run.Run("campaign", "load", RepoPaths.Data("campaigns/demo-2026-12.json"), "--db", run.Db);
        run.Run("import", "field", original, "--db", run.Db);
        string[] lines = File.ReadAllLines(original);
        int line = Array.FindIndex(lines, l => l.StartsWith(Attempt, StringComparison.Ordinal));
        Assert.True(line > 0);
        Assert.Contains(",2026-12-16T13:34:27+01:00,,,,,", lines[line]);
        lines[line] = lines[line].Replace(",2026-12-16T13:34:27+01:00,,,,,", ",2026-12-16T13:34:27+01:00,2026-12-18T10:00:00+01:00,substantive,2026-12-18T10:00:00+01:00,gl,");
        string updated = run.File("later-export.csv", string.Join('\n', lines) + "\n");

        // When it is imported
        (int exit, string output, string error) = run.Run("import", "field", updated, "--db", run.Db);

        // Then the attempt has its answer, the campaign still has 92 attempts, and the summary says one was updated
        Assert.True(exit == 0, error);
        Assert.Matches(@"updated +1\b", output);
        Assert.Equal(92, ImportCallsCommandTests.CountOf("SELECT count(*) FROM complaint WHERE campaign = 'demo-diciembre-2026'", run.Db));
        long answered = DateTimeOffset.Parse("2026-12-18T10:00:00+01:00", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        Assert.Equal(answered, ImportCallsCommandTests.CountOf(
            $"SELECT first_response_at_ms FROM complaint WHERE source = 'field:demo-diciembre-2026' AND source_key = '{Attempt}' AND response_kind = 'substantive' AND answer_language = 'gl'", run.Db));
    }
}
