using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class HomePageTests(BuiltSite site)
{
    [Theory]
    [InlineData("twitter", "Twitter/X")]
    [InlineData("phone", "Phone")]
    public async Task Ranks_brands_per_channel_in_rank_order_linked_to_their_pages(string channel, string heading)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync("index.html");
        IReadOnlyList<RankedRow> rows = await RankingTable.ReadAsync(page, channel);

        // Then
        string sectionHeading = await page.Locator($"section#channel-{channel} h2").InnerTextAsync();
        Assert.Equal(heading, sectionHeading.Trim());
        Assert.True(rows.Count >= 2, $"{channel}: expected at least two ranked brands, got {rows.Count}");
        Assert.Equal(1, rows[0].Rank);
        Assert.Equal(rows.Select(r => r.Rank).Order(), rows.Select(r => r.Rank));
        Assert.All(rows, r => Assert.Matches(@"^brands/[a-z0-9-]+/$", r.Href));
        Assert.Equal(rows.Count, rows.Select(r => r.Brand).Distinct().Count());
    }

    [Fact]
    public async Task Clicking_a_brand_opens_its_page_with_figures_chart_and_waiting_table()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("index.html");

        // When
        await Task.WhenAll(page.WaitForURLAsync("**/brands/apple/"),
            page.Locator(RankingTable.Selector("twitter")).GetByRole(AriaRole.Link, new() { Name = "Apple", Exact = true }).ClickAsync());

        // Then
        Assert.Equal("Apple", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(["phone", "twitter"],
            (await page.Locator("table.figures tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.channel)"))
            .Order());
        ILocator chart = page.Locator("figure.chart img");
        Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the chart image did not load");
        Assert.False(string.IsNullOrWhiteSpace(await chart.GetAttributeAsync("alt")), "the chart image has no alt text");
        Assert.Contains("Still waiting", await page.Locator("table.curve caption").InnerTextAsync());
        IReadOnlyList<string> waiting = await page.Locator("table.curve tbody td").AllInnerTextsAsync();
        Assert.NotEmpty(waiting);
        Assert.All(waiting, cell => Assert.Matches(@"^\d{1,3}%$", cell.Trim()));
    }
}
