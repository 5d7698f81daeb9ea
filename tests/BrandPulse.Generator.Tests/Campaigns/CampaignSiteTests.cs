using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BrandPulse.Generator.Tests.Site;
using BrandPulse.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Generator.Tests.Campaigns;

/// <summary>The capture page and the campaign pages of a site built with a field campaign.</summary>
[Collection(nameof(CampaignSite))]
public sealed class CampaignSiteTests(CampaignSite site)
{
    private static readonly string[] s_campaignFields = ["slug", "name", "illustrative", "starts", "ends", "region", "time_zone", "protocol", "brands"];

    [Fact]
    public void The_capture_page_is_copied_verbatim_to_the_site_root()
    {
        // Given the capture page's static files
        string source = Path.Combine(RepoPaths.Site, "capture");
        List<string> files = [.. Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(source, f))];
        Assert.Contains(Path.Combine("es", "capture", "index.html"), files);

        // Then each is in the built site under the same path, byte for byte
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(source, f)), File.ReadAllBytes(Path.Combine(site.Live, f))));
    }

    [Fact]
    public void Campaigns_json_beside_the_capture_script_holds_each_campaign_as_its_file_declares_it_and_nothing_private()
    {
        // Given the published campaign list, read from where capture.js fetches it (its own folder)
        string published = File.ReadAllText(Path.Combine(site.Live, "capture", "campaigns.json"));
        using JsonDocument doc = JsonDocument.Parse(published);
        JsonElement campaign = Assert.Single(doc.RootElement.GetProperty("campaigns").EnumerateArray());

        // Then it is the campaign file's fields, with its protocol and contact points
        Assert.Equal(s_campaignFields, campaign.EnumerateObject().Select(p => p.Name));
        Assert.Equal(CampaignSite.Slug, campaign.GetProperty("slug").GetString());
        Assert.Equal(180, campaign.GetProperty("protocol").GetProperty("min_wait_seconds").GetInt32());
        using JsonDocument file = JsonDocument.Parse(File.ReadAllBytes(RepoPaths.Data("campaigns/demo-2026-12.json")));
        Assert.Equal(
            file.RootElement.GetProperty("brands").EnumerateArray().SelectMany(b => b.GetProperty("contacts").EnumerateArray()).Select(c => c.GetProperty("address").GetString()),
            campaign.GetProperty("brands").EnumerateArray().SelectMany(b => b.GetProperty("contacts").EnumerateArray()).Select(c => c.GetProperty("address").GetString()));

        // and no volunteer's device id (nor name) from the imported export is in it or anywhere on the site
        List<Dictionary<string, string>> export = CsvFile.Read(RepoPaths.Data("illustrative_campaign_export.csv"));
        Assert.All(export.Select(r => r["volunteer"]).Distinct(), name => Assert.DoesNotContain($"\"{name}\"", published, StringComparison.Ordinal));
        HashSet<string> devices = [.. export.Select(r => r["device_id"])];
        foreach (string path in Directory.EnumerateFiles(site.Live, "*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".png", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(path);
            Assert.All(devices, d => Assert.False(text.Contains(d, StringComparison.Ordinal), $"{path} holds device id {d}"));
        }
    }

    [Fact]
    public void The_campaign_page_publishes_the_protocol_brands_contact_points_and_the_attempts_and_volunteers_counted()
    {
        // Given the attempts and volunteers stored for the campaign
        using var db = new SqliteConnection($"Data Source={site.Db};Mode=ReadOnly");
        db.Open();
        (long attempts, long volunteers) = db.QuerySingle<(long, long)>(
            "SELECT COUNT(*), COUNT(DISTINCT contributor_pseudonym) FROM complaint WHERE campaign = @Slug;", new { CampaignSite.Slug });
        Assert.True(attempts > 10 && volunteers > 1);

        // When its page is read
        IHtmlDocument page = Tests.Site.Pages.Parse(Path.Combine(site.Live, "campaigns", CampaignSite.Slug, "index.html"));
        string text = page.Body!.TextContent;

        // Then it names the campaign, labels it illustrative and counts what was contributed
        Assert.Equal("Demo: llamadas y reclamaciones de diciembre de 2026", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("p.note.illustrative"));
        Assert.Contains($"{attempts:N0} attempts by {volunteers} volunteers so far", Squash(text));
        Assert.Contains("1 Dec 2026", text);
        Assert.Contains("Community of Madrid (ES-MD)", text);

        // and the protocol, in full
        Dictionary<string, string> protocol = page.QuerySelectorAll("dl.protocol dt")
            .ToDictionary(dt => dt.TextContent.Trim(), dt => Squash(dt.NextElementSibling!.TextContent));
        Assert.Equal("at least 3 min, at most 15 min", protocol["Wait on a call before giving up"]);
        Assert.Equal("3", protocol["Attempts per contact point"]);
        Assert.Equal("09:00-11:00, 16:00-18:00", protocol["Call windows (local time)"]);
        Assert.Equal("40 days after the campaign ends", protocol["Written complaints observed for"]);

        // and each brand with its contact points, a link to its page, and its attempts adding up to the campaign's
        List<IElement> rows = [.. page.QuerySelectorAll("table.campaign-contacts tbody tr")];
        Assert.Equal(4, rows.Count);
        IElement o2 = rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == "O2");
        Assert.Equal("../../brands/o2/", o2.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Contains("900 100 001", o2.TextContent);
        Assert.Contains("reclamaciones@o2.example.com", o2.TextContent);
        Assert.Equal(attempts, rows.Sum(r => long.Parse(r.QuerySelector("td.num")!.FirstChild!.TextContent.Trim().Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture)));

        // and it links the live capture page in both languages
        Assert.NotNull(page.QuerySelector("a[href='/capture/']"));
        Assert.NotNull(page.QuerySelector("a[href='/es/capture/']"));
    }

    [Fact]
    public void A_brand_page_names_the_campaign_its_field_figures_come_from_with_attempts_and_volunteers_per_channel()
    {
        // Given O2's stored attempts per channel in the campaign
        using var db = new SqliteConnection($"Data Source={site.Db};Mode=ReadOnly");
        db.Open();
        List<(string Channel, long Attempts, long Volunteers)> counts = db.Query<(string, long, long)>("""
            SELECT c.channel, COUNT(*), COUNT(DISTINCT c.contributor_pseudonym) FROM complaint c JOIN brand b ON b.id = c.brand_id
            WHERE c.campaign = @Slug AND b.slug = 'o2' GROUP BY c.channel ORDER BY c.channel;
            """, new { CampaignSite.Slug }).AsList();
        Assert.Contains(counts, c => c.Channel == "phone");

        // When O2's page is read
        IHtmlDocument page = Tests.Site.Pages.Parse(Path.Combine(site.Live, "brands", "o2", "index.html"));
        IElement source = page.QuerySelector($"#field-campaigns p.field-source[data-campaign='{CampaignSite.Slug}']")!;

        // Then it names and links the campaign, labelled illustrative, with each channel's attempts and volunteers
        Assert.NotNull(source);
        Assert.Equal($"../../campaigns/{CampaignSite.Slug}/", source.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(source.QuerySelector(".tag.illustrative"));
        string text = Squash(source.TextContent);
        Assert.All(counts, c => Assert.Contains(
            $"{Data.Model.Channels.DisplayName(c.Channel)}: {c.Attempts} attempt{(c.Attempts == 1 ? "" : "s")} by {c.Volunteers} volunteer{(c.Volunteers == 1 ? "" : "s")}", text));

        // and a brand no campaign measured has no such section
        Assert.Null(Tests.Site.Pages.Parse(Path.Combine(site.Live, "brands", "apple", "index.html")).QuerySelector("#field-campaigns"));
    }

    [Fact]
    public void The_campaigns_are_linked_from_the_navigation_the_index_and_the_capture_page()
    {
        IHtmlDocument home = Tests.Site.Pages.Parse(Path.Combine(site.Live, "index.html"));
        Assert.NotNull(home.QuerySelector("nav[aria-label=Main] a[href='campaigns/']"));

        IHtmlDocument index = Tests.Site.Pages.Parse(Path.Combine(site.Live, "campaigns", "index.html"));
        Assert.NotNull(index.QuerySelector($"table.campaigns a[href='{CampaignSite.Slug}/']"));

        Assert.NotNull(Tests.Site.Pages.Parse(Path.Combine(site.Live, "capture", "index.html")).QuerySelector("a[href='../campaigns/index.html']"));
        Assert.NotNull(Tests.Site.Pages.Parse(Path.Combine(site.Live, "es", "capture", "index.html")).QuerySelector("a[href='../../campaigns/index.html']"));
    }

    [Fact]
    public void The_sitemap_lists_the_campaign_and_capture_pages_and_every_link_resolves()
    {
        string sitemap = File.ReadAllText(Path.Combine(site.Live, "sitemap.xml"));
        Assert.Contains($"/campaigns/{CampaignSite.Slug}/</loc>", sitemap);
        Assert.Contains("/capture/</loc>", sitemap);
        Assert.Contains("/es/capture/</loc>", sitemap);

        Assert.Empty(LinkChecker.BrokenLinks(site.Live));
        Assert.Empty(LinkChecker.BrokenLinks(site.Edition));
    }

    [Fact]
    public void An_edition_freezes_the_campaign_pages_as_of_its_date_but_not_the_capture_page()
    {
        // Given the edition built on a day inside the campaign
        string frozen = Path.Combine(site.Edition, "editions", CampaignSite.EditionDate);

        // Then the live capture page is there, and no copy of it is frozen
        Assert.True(File.Exists(Path.Combine(site.Edition, "capture", "campaigns.json")));
        Assert.False(Directory.Exists(Path.Combine(frozen, "capture")));
        Assert.False(Directory.Exists(Path.Combine(frozen, "es", "capture")));

        // and the frozen campaign page counts only the attempts made before the edition, linking the live capture page
        using var db = new SqliteConnection($"Data Source={site.Db};Mode=ReadOnly");
        db.Open();
        long before = db.ExecuteScalar<long>("SELECT COUNT(*) FROM complaint WHERE campaign = @Slug AND complained_at_ms < @Cutoff;",
            new { CampaignSite.Slug, Cutoff = BrandPulse.Generator.Publishing.Editions.CutoffMs(CampaignSite.EditionDate) });
        long all = db.ExecuteScalar<long>("SELECT COUNT(*) FROM complaint WHERE campaign = @Slug;", new { CampaignSite.Slug });
        Assert.InRange(before, 1, all - 1);
        IHtmlDocument page = Tests.Site.Pages.Parse(Path.Combine(frozen, "campaigns", CampaignSite.Slug, "index.html"));
        Assert.Contains($"{before:N0} attempts by", Squash(page.QuerySelector("p.lede")!.TextContent));
        Assert.Empty(LinkChecker.BrokenLinks(frozen, serverRoot: site.Edition));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
