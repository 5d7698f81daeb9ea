using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class NoScriptTests(BuiltSite site)
{
    [Fact]
    public async Task Rankings_show_with_javascript_disabled()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(javaScript: false);
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync("index.html");

        // Then
        foreach (string channel in new[] { "twitter", "phone" })
        {
            ILocator table = page.Locator(RankingTable.Selector(channel));
            Assert.True(await table.IsVisibleAsync(), $"the {channel} rankings are not visible without JavaScript");
            Assert.True(await table.Locator("tbody tr").CountAsync() >= 2);
        }

        ILocator unranked = page.Locator("details.unranked").First;
        await unranked.Locator("summary").ClickAsync();
        Assert.True(await unranked.Locator("li").First.IsVisibleAsync(), "the unranked brands do not open without JavaScript");
    }
}
