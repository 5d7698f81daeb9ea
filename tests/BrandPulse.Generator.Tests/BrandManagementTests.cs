using BrandPulse.Collector;
using BrandPulse.Testing;
using Spectre.Console.Testing;

namespace BrandPulse.Generator.Tests;

public sealed class BrandManagementTests
{
    private sealed class Cli(TempDir dir)
    {
        public string Db => dir.File("bp.db");

        public (int Exit, string Out, string Err) Run(params string[] args)
        {
            using TestConsole output = new TestConsole().Width(4000);
            using TestConsole error = new TestConsole().Width(4000);
            int exit = CollectorApp.Run(args, output, error);
            return (exit, output.Output, error.Output);
        }
    }

    [Fact]
    public async Task Renamed_brands_keep_their_address_and_merged_ones_redirect()
    {
        // Given two brands with complaints, one made up by an import from an unknown account
        using var tmp = new TempDir();
        var run = new Cli(tmp);
        Assert.Equal(0, run.Run("brands", "add", "--name", "Acme", "--slug", "acme", "--industry", "Retail", "--db", run.Db).Exit);
        for (int i = 0; i < 12; i++)
        {
            Assert.Equal(0, run.Run("log", "--brand", "Acme", "--channel", "twitter", "--complained-at", $"2024-05-02T09:{i:00}:00Z",
                "--answered-at", $"2024-05-02T10:{i:00}:00Z", "--ref", $"a{i}", "--db", run.Db).Exit);
            Assert.Equal(0, run.Run("log", "--brand", "Acme Help Desk", "--channel", "twitter", "--complained-at", $"2024-05-03T09:{i:00}:00Z",
                "--answered-at", $"2024-05-03T09:{i + 5:00}:00Z", "--ref", $"b{i}", "--db", run.Db).Exit);
        }

        // When an editor renames Acme and merges the help desk into it
        var renamed = run.Run("brands", "rename", "acme", "--name", "Acme Corporation", "--db", run.Db);
        var merged = run.Run("brands", "merge", "acme-help-desk", "acme", "--db", run.Db);
        var taken = run.Run("brands", "add", "--name", "Other", "--slug", "acme-help-desk", "--db", run.Db);
        string site = tmp.File("site");
        await SiteBuild.RunAsync(new BuildOptions(run.Db, site, RepoPaths.Site));

        // Then Acme keeps /brands/acme/ under its new name with all 24 complaints, and the old address redirects
        Assert.Equal(0, renamed.Exit);
        Assert.Equal(0, merged.Exit);
        Assert.Equal(1, taken.Exit);
        Assert.Contains("taken", taken.Err);
        string acme = File.ReadAllText(Path.Combine(site, "brands", "acme", "index.html"));
        Assert.Contains("Acme Corporation", acme);
        Assert.Contains(">24<", acme);
        string redirect = File.ReadAllText(Path.Combine(site, "brands", "acme-help-desk", "index.html"));
        Assert.Contains("url=../acme/\"", redirect);
    }

}
