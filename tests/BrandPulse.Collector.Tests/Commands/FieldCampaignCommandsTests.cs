using BrandPulse.Testing;

namespace BrandPulse.Collector.Tests.Commands;

/// <summary><c>campaign load</c>, <c>campaign list</c> and <c>import field</c> through the CLI, on the demo campaign.</summary>
public sealed class FieldCampaignCommandsTests
{
    private static readonly string s_campaign = RepoPaths.Data("campaigns/demo-2026-12.json");
    private static readonly string s_export = RepoPaths.Data("illustrative_campaign_export.csv");

    [Fact]
    public void The_demo_campaign_loads_and_its_export_imports_once()
    {
        using var run = new CollectorRun();

        (int load, string loaded, _) = run.Run("campaign", "load", s_campaign, "--db", run.Db);
        (int reload, string reloaded, _) = run.Run("campaign", "load", s_campaign, "--db", run.Db);
        (int import, string imported, string errors) = run.Run("import", "field", s_export, "--db", run.Db);
        (int again, string againOutput, _) = run.Run("import", "field", s_export, "--db", run.Db);
        (int list, string listed, _) = run.Run("campaign", "list", "--db", run.Db);

        Assert.Equal((0, 0, 0, 0, 0), (load, reload, import, again, list));
        Assert.Contains("campaign demo-diciembre-2026 added (4 brands, 12 contact points, 2026-12-01 to 2026-12-31, illustrative)", loaded);
        Assert.Contains("campaign demo-diciembre-2026 unchanged", reloaded);
        Assert.Equal("", errors);
        Assert.Contains("accepted      92", imported);
        Assert.Contains("(calls: 60)", imported);
        Assert.Contains("(written: 32)", imported);
        Assert.Contains("duplicate     92", againOutput);
        Assert.Equal(92, ImportCallsCommandTests.CountOf("SELECT count(*) FROM complaint WHERE source = 'field:demo-diciembre-2026' AND illustrative = 1", run.Db));
        Assert.Equal(5, ImportCallsCommandTests.CountOf("SELECT count(DISTINCT contributor_pseudonym) FROM complaint", run.Db));
        Assert.Equal(5, ImportCallsCommandTests.CountOf("SELECT count(DISTINCT outcome) FROM complaint WHERE channel = 'phone'", run.Db));
        Assert.Equal(0, ImportCallsCommandTests.CountOf("SELECT count(*) FROM data_set WHERE selected = 1", run.Db));
        Assert.Contains("demo-diciembre-2026", listed);
        Assert.Contains("92", listed);
        Assert.DoesNotContain("Lucía", imported);
    }

    [Fact]
    public void An_export_with_bad_rows_ends_with_exit_2_and_counts_them_per_volunteer()
    {
        using var run = new CollectorRun();
        string[] lines = File.ReadAllLines(s_export);
        string bad = lines[1].Replace(",demo-diciembre-2026,", ",otra-campana,");
        string export = run.File("export.csv", string.Join('\n', lines[0], lines[1], bad.Replace(lines[1][..36], "0000")) + "\n");
        run.Run("campaign", "load", s_campaign, "--db", run.Db);

        (int exit, string output, string error) = run.Run("import", "field", export, "--db", run.Db);

        Assert.Equal(2, exit);
        Assert.Contains("rejected export.csv:3:campaign: campaign 'otra-campana' is not loaded", error);
        Assert.Contains("accepted      1", output);
        Assert.Matches(@"[0-9a-f]{8} +│ +1 +│ +1", output);
    }

    [Fact]
    public void A_campaign_file_with_errors_loads_nothing_and_lists_them()
    {
        using var run = new CollectorRun();
        string file = run.File("c.json", File.ReadAllText(s_campaign).Replace("\"ES-MD\"", "\"Madrid\"").Replace("\"2026-12-31\"", "\"31/12/2026\""));

        (int exit, _, string error) = run.Run("campaign", "load", file, "--db", run.Db);

        Assert.Equal(1, exit);
        Assert.Contains("c.json: ends: '31/12/2026' is not a date like 2026-12-01", error);
        Assert.Contains("c.json: region: 'Madrid' is not ES or an ISO 3166-2 code", error);
        Assert.Equal(0, ImportCallsCommandTests.CountOf("SELECT count(*) FROM campaign", run.Db));
    }
}
