using BrandPulse.Generator.Publishing;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Publishing;

public sealed class EditionTests
{
    [Fact]
    public async Task An_edition_is_frozen_and_later_builds_keep_it_unchanged()
    {
        // Given the demo data (complaints from Oct 2017 to Apr 2020) and an edition cut off on 2020-03-31
        using var tmp = new TempDir();
        string db = tmp.File("bp.db"), site = tmp.File("site");
        DemoDatabase.Create(db);
        await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site, Edition: "2020-03-31"));
        Dictionary<string, string> frozen = PublishTests.Hashes(Path.Combine(site, "editions", "2020-03-31"));

        // When the current site is rebuilt (all data), and the same edition is asked for again
        await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site));
        await Assert.ThrowsAsync<EditionExistsException>(() =>
            SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site, Edition: "2020-03-31")));

        // Then the edition's files are byte for byte those first published
        Assert.Equal(frozen, PublishTests.Hashes(Path.Combine(site, "editions", "2020-03-31")));

        // and it only counts complaints made up to its cut-off, while the current site counts them all
        List<Dictionary<string, string>> edition = CsvFile.Read(Path.Combine(site, "editions", "2020-03-31", "data", "rankings.csv"));
        List<Dictionary<string, string>> current = CsvFile.Read(Path.Combine(site, "data", "rankings.csv"));
        Assert.All(edition, r => Assert.True(string.CompareOrdinal(r["period_end"], "2020-03-31") <= 0, r["period_end"]));
        Assert.True(Total(edition) < Total(current));

        // and the current pages link to the edition they follow
        Assert.Contains("editions/2020-03-31/\"", File.ReadAllText(Path.Combine(site, "index.html")));
    }

    [Theory]
    [InlineData("2020-03-31", true)]
    [InlineData("2020-02-30", false)]
    [InlineData("31/03/2020", false)]
    [InlineData("../../etc", false)]
    public void Edition_names_are_dates(string edition, bool valid) => Assert.Equal(valid, Editions.IsValid(edition));

    private static int Total(List<Dictionary<string, string>> rows) => rows.Sum(r => int.Parse(r["complaints"], System.Globalization.CultureInfo.InvariantCulture));
}
