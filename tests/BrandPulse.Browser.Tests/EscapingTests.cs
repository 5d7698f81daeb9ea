using BrandPulse.Browser.Tests.Infrastructure;
using BrandPulse.Statistics;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>A hostile brand name, entered through the collector, must reach the browser as text and never run.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class EscapingTests(BuiltSite site)
{
    private const string Hostile = "<img src=x onerror=alert(1)>\"&";

    [Fact]
    public async Task A_hostile_brand_name_shows_as_text_and_runs_nothing()
    {
        // Given: enough logged complaints for the brand to be ranked on the home page
        await using ServedSite hostileSite = await ServedSite.BuildAsync(db =>
        {
            var start = new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.Zero);
            for (int i = 0; i < RankingRules.MinRanked; i++)
            {
                DateTimeOffset at = start.AddHours(i);
                Collect.Run("log", "--brand", Hostile, "--channel", "twitter", "--complained-at", at.ToString("O"),
                    "--answered-at", at.AddMinutes(5 + i).ToString("O"), "--ref", $"HOSTILE-{i}", "--db", db);
            }
        });
        await using IBrowserContext context = await site.Browser.NewContextAsync(new() { BaseURL = hostileSite.BaseUri.ToString() });
        context.SetDefaultTimeout(BuiltSite.DefaultTimeoutMs);
        context.SetDefaultNavigationTimeout(BuiltSite.DefaultTimeoutMs);
        IPage page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        // When
        await page.GotoAsync("index.html");
        ILocator link = page.Locator(RankingTable.Selector("twitter")).Locator("th[scope=row] a");
        string homeText = await link.InnerTextAsync();
        await Task.WhenAll(page.WaitForURLAsync("**/brands/*/"), link.ClickAsync()); // waits for the page's load event too

        // Then
        Assert.Empty(dialogs);
        Assert.Equal(Hostile, homeText.Trim());
        Assert.Equal(Hostile, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.StartsWith(Hostile, await page.TitleAsync());
        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
        await page.GotoAsync("brands/index.html");
        Assert.Empty(dialogs);
        Assert.Equal(1, await page.GetByText(Hostile, new() { Exact = true }).CountAsync());
    }
}
