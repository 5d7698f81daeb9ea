using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BrandPulse.Browser.Tests.Infrastructure;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class BadgeTests(BuiltSite site)
{
    [Theory]
    [InlineData("apple")]
    [InlineData("rockstar-games")]
    public async Task The_badge_loads_on_the_brand_page_and_names_the_brand_and_its_median(string slug)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        CsvTable rankings = await Rankings.FetchAsync(site, context);
        IReadOnlyDictionary<string, string> headline = rankings.Of(slug)
            .Where(row => row["status"] != "too_few").OrderBy(row => row["illustrative"] == "true").First();

        // When
        await page.GotoAsync($"brands/{slug}/index.html");
        ILocator img = page.Locator("section.embed img");
        int width = await img.EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth, () => 0)");

        // Then: it is the brand's badge, and the browser could draw it
        Assert.True(width > 0, $"brands/{slug}/badge.svg did not load as an image on the brand page");
        Assert.Equal(site.Url($"brands/{slug}/badge.svg").ToString(), await img.EvaluateAsync<string>("img => img.src"));
        IAPIResponse response = await context.APIRequest.GetAsync(site.Url($"brands/{slug}/badge.svg").ToString());
        Assert.Equal(200, response.Status);
        Assert.StartsWith("image/svg+xml", response.Headers["content-type"]);
        XDocument svg = XDocument.Parse(await response.TextAsync());
        string text = string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        string wait = Units.HumanDuration(CsvTable.Number(headline["median_minutes"]));
        Assert.Contains(headline["brand"], text);
        Assert.Contains($"{Channels.DisplayName(headline["channel"])} median {wait}", text);
        string alt = await img.GetAttributeAsync("alt") ?? "";
        Assert.Contains(headline["brand"], alt);
        Assert.Contains(wait, alt);
    }

    [Fact]
    public async Task The_embed_code_shows_an_img_at_the_badges_absolute_address()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("brands/apple/index.html");

        // When: the HTML a reader copies
        ILocator code = page.Locator("section.embed").Locator("textarea, pre");
        Assert.Equal(1, await code.CountAsync());
        string snippet = await code.EvaluateAsync<string>("e => e.value ?? e.textContent");
        IDocument doc = new HtmlParser().ParseDocument($"<!doctype html><body>{snippet}");

        // Then
        IElement? badge = doc.QuerySelector("img");
        Assert.True(badge is not null, $"no <img> in the embed code: {snippet}");
        Assert.Equal(SiteContext.DefaultBaseUrl + "brands/apple/badge.svg", badge.GetAttribute("src"));
        Assert.Equal(await page.Locator("section.embed img").GetAttributeAsync("alt"), badge.GetAttribute("alt"));
        Assert.Equal(SiteContext.DefaultBaseUrl + "brands/apple/", doc.QuerySelector("a")?.GetAttribute("href"));

        // And the address is a file the site serves
        var src = new Uri(badge.GetAttribute("src")!);
        IAPIResponse response = await context.APIRequest.GetAsync(site.Url(src.AbsolutePath.TrimStart('/')).ToString());
        Assert.Equal(200, response.Status);
    }
}
