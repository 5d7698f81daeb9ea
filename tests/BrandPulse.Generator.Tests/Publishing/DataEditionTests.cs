using System.Text.Json;
using AngleSharp.Html.Dom;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Publishing;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Stages;
using BrandPulse.Testing;
using SitePages = BrandPulse.Generator.Tests.Site.Pages;

namespace BrandPulse.Generator.Tests.Publishing;

/// <summary>Issue 15: <c>./brandpulse demo</c> (<c>build --edition-of-data</c>) publishes one dated edition, citable from every brand page.</summary>
public sealed class DataEditionTests
{
    [Fact]
    public async Task Issue15_the_demo_publishes_the_edition_of_its_latest_data_once_and_stays_re_runnable()
    {
        // Given the demo data, whose latest real event (complaint or answer; made-up data never dates an edition) is on one day
        using var tmp = new TempDir();
        string db = tmp.File("bp.db"), site = tmp.File("site");
        DemoDatabase.Create(db);
        Snapshot snapshot = ReadSnapshot.From(db);
        List<ComplaintRow> real = [.. snapshot.Complaints.Where(c => !c.Illustrative)];
        Assert.NotEmpty(real);
        string latest = FigureText.IsoDate(real.Max(c =>
            Math.Max(c.ComplainedAtMs, Math.Max(c.FirstResponseAtMs ?? 0, c.FirstSubstantiveAtMs ?? 0))));

        // When the edition of the data is asked for, built, and asked for again
        string? first = DataEdition.ToPublish(db, site);
        await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site, first));
        Dictionary<string, string> frozen = PublishTests.Hashes(Path.Combine(site, "editions", latest));
        string? second = DataEdition.ToPublish(db, site);
        await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site, second));

        // Then the first build published the edition of that day, the second a plain build that left it unchanged
        Assert.Equal(latest, first);
        Assert.Null(second);
        Assert.Equal(frozen, PublishTests.Hashes(Path.Combine(site, "editions", latest)));
        Assert.Equal([latest], Editions.Published(site));
    }

    [Fact]
    public async Task Issue15_a_citation_copied_from_a_brand_page_leads_to_a_dated_edition_that_exists()
    {
        // Given the demo built as ./brandpulse demo builds it, twice (the second run is a live build)
        using var tmp = new TempDir();
        string db = tmp.File("bp.db"), site = tmp.File("site");
        DemoDatabase.Create(db);
        await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site, DataEdition.ToPublish(db, site)));
        await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site, DataEdition.ToPublish(db, site)));
        string edition = Assert.Single(Editions.Published(site));

        // When the citation of a live brand page is read
        IHtmlDocument page = SitePages.Parse(Path.Combine(site, "brands", "apple", "index.html"));
        string citation = page.QuerySelector("#cite-text")!.TextContent;
        string url = citation.Split(' ')[^1];

        // Then it gives the edition's year and permanent address, which is a page of the site, and BibTeX with the year
        Assert.StartsWith($"BrandPulse ({edition[..4]}). ", citation, StringComparison.Ordinal);
        Assert.Equal($"https://brandpulse.example.org/editions/{edition}/brands/apple/", url);
        Assert.True(File.Exists(Path.Combine(site, "editions", edition, "brands", "apple", "index.html")));
        Assert.Contains($"year = {{{edition[..4]}}}", page.QuerySelector(".cite pre code")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("../../editions/", page.QuerySelector("footer a[href$='editions/']")?.GetAttribute("href"));
        Assert.Equal("/editions/", page.QuerySelector(".cite .meta a[href$='editions/']")?.GetAttribute("href"));

        // and every page shows its data's period and its edition, and rankings.json names them
        Assert.Contains($"edition of {edition}", page.QuerySelector(".provenance")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Data: complaints made ", page.QuerySelector(".provenance")!.TextContent, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "data", "rankings.json")));
        Assert.Equal(edition, json.RootElement.GetProperty("latest_edition").GetString());
        Assert.Equal($"https://brandpulse.example.org/editions/{edition}/", json.RootElement.GetProperty("latest_edition_url").GetString());
        using JsonDocument frozen = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "editions", edition, "data", "rankings.json")));
        Assert.Equal(edition, frozen.RootElement.GetProperty("edition").GetString());
        Assert.NotEqual(JsonValueKind.Null, frozen.RootElement.GetProperty("period_end").ValueKind);
    }
}
