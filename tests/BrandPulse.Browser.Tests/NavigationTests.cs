using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class NavigationTests(BuiltSite site)
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("brands/apple/index.html")]
    [InlineData("ley-10-2025/index.html")]
    public async Task Every_header_link_leads_to_a_page_with_a_heading(string startPage)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(startPage);
        IReadOnlyList<string> hrefs = await page.Locator("header nav a")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.True(hrefs.Count >= 5, $"expected the main navigation, found {hrefs.Count} links");

        foreach (string href in hrefs)
        {
            // When
            IResponse? response = await page.GotoAsync(href);

            // Then
            Assert.True(response?.Status == 200, $"{href} (from {startPage}) answered {response?.Status}");
            Assert.True(await page.Locator("h1").CountAsync() == 1, $"{href} should have exactly one h1");
            Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").InnerTextAsync()), $"{href} has an empty h1");
        }
    }
}
