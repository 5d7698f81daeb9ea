using AngleSharp.Html.Dom;

namespace BrandPulse.Generator.Tests.Campaigns;

/// <summary>The field campaigns' pages in Spanish (es/campaigns/): Spanish words, dates and regions, linked from the Spanish brand pages.</summary>
[Collection(nameof(CampaignSite))]
public sealed class SpanishCampaignPagesTests(CampaignSite site)
{
    [Fact]
    public void The_spanish_campaign_pages_are_spanish_with_spanish_dates_and_no_english_sentence()
    {
        string[] pages = [.. Directory.EnumerateFiles(Path.Combine(site.Live, "es", "campaigns"), "index.html", SearchOption.AllDirectories)];
        Assert.True(pages.Length >= 2, "the campaign index and a campaign in Spanish");
        foreach (string page in pages)
        {
            IHtmlDocument es = Site.Pages.Parse(page);
            string text = Site.SpanishDataPagesTests.Visible(es);
            Assert.Equal("es", es.DocumentElement.GetAttribute("lang"));
            Assert.Matches(@"\d{1,2} de [a-z]+ de \d{4}", text);
            List<string> left = [.. Site.SpanishDataPagesTests.EnglishSentences().Where(s => text.Contains(s, StringComparison.Ordinal))];
            Assert.True(left.Count == 0, $"{page} still says: {string.Join(" | ", left)}");
        }

        Assert.Equal("Campañas de campo", Site.Pages.Parse(Path.Combine(site.Live, "es", "campaigns", "index.html")).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public void A_spanish_brand_page_names_its_campaign_and_links_to_the_spanish_campaign_page()
    {
        string brand = Directory.EnumerateFiles(Path.Combine(site.Live, "es", "brands"), "index.html", SearchOption.AllDirectories)
            .First(p => File.ReadAllText(p).Contains("field-source", StringComparison.Ordinal));
        IHtmlDocument es = Site.Pages.Parse(brand);

        string href = es.QuerySelector(".field-source a")!.GetAttribute("href")!;
        Assert.StartsWith("../../../es/campaigns/", href, StringComparison.Ordinal);
        Assert.StartsWith("Fuente: la campaña de campo", es.QuerySelector(".field-source")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
