using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>
/// The pages a field campaign adds (its page, the index, the brand pages' campaign section) are valid HTML and fit a
/// 360 px phone.
/// </summary>
[Collection(CampaignDemoSiteCollection.Name)]
public sealed class CampaignPagesValidationTests(CampaignDemoSite site)
{
    [Fact]
    public async Task The_demo_site_with_its_campaign_passes_the_nu_html_checker_without_errors()
    {
        // Given the demo site built with its campaign: a campaign page and brand pages that name it
        string root = site.Site.OutputDir;
        Assert.True(File.Exists(Path.Combine(root, "campaigns", "demo-diciembre-2026", "index.html")));
        Assert.Contains("id=\"field-campaigns\"", File.ReadAllText(Path.Combine(root, "brands", "o2", "index.html")));

        // When every page is checked
        IReadOnlyList<NuMessage> errors = await NuHtmlChecker.ErrorsAsync(root);

        // Then
        Assert.True(errors.Count == 0, string.Join('\n', errors.OrderBy(e => e.Page, StringComparer.Ordinal).ThenBy(e => e.Line)));
    }

    [Theory]
    [InlineData("campaigns/index.html")]
    [InlineData("campaigns/demo-diciembre-2026/index.html")]
    [InlineData("brands/o2/index.html")]
    public async Task A_campaign_page_fits_a_360_px_phone_without_scrolling_sideways(string path)
    {
        await using IBrowserContext context = await site.NewPhoneAsync(BuiltSite.PhoneWidth);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(path);

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.InRange(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), 1, BuiltSite.PhoneWidth + 1);
    }
}
