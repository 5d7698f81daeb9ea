using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class SortingTests(BuiltSite site)
{
    private const string Table = "#channel-table";

    [Fact]
    public async Task Clicking_a_column_header_sorts_the_rows_in_place_and_sets_aria_sort()
    {
        // Given: the league table, in rank order
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("channels/twitter/index.html");
        string url = page.Url;
        int rows = await page.Locator($"{Table} tbody tr").CountAsync();
        Assert.True(rows >= 5, $"the Twitter/X table has only {rows} rows");
        Assert.Equal("ascending", await Header(page, "rank").GetAttributeAsync("aria-sort"));

        // When: complaints, first click (most first)
        await Header(page, "complaints").Locator("button.sort").ClickAsync();

        // Then
        await AssertSortedAsync(page, "complaints", descending: true, numeric: true);
        Assert.Null(await Header(page, "rank").GetAttributeAsync("aria-sort"));
        Assert.Contains("ordered by complaints, descending", await page.Locator($"{Table} caption").InnerTextAsync());

        // When: complaints again
        await Header(page, "complaints").Locator("button.sort").ClickAsync();

        // Then
        await AssertSortedAsync(page, "complaints", descending: false, numeric: true);

        // When: brand name, then median wait
        await Header(page, "brand name").Locator("button.sort").ClickAsync();
        await AssertSortedAsync(page, "brand name", descending: false, numeric: false);
        await Header(page, "median wait").Locator("button.sort").ClickAsync();
        await AssertSortedAsync(page, "median wait", descending: false, numeric: true);

        // Then: the same rows, sorted where they are
        Assert.Equal(rows, await page.Locator($"{Table} tbody tr").CountAsync());
        Assert.Equal(url, page.Url);
        Assert.Equal(1, await page.Locator($"{Table} thead th[aria-sort]").CountAsync());
    }

    [Theory]
    [InlineData("./", "rank", false, true)]
    [InlineData("by-name.html", "brand name", false, false)]
    [InlineData("by-complaints.html", "complaints", true, true)]
    [InlineData("by-answered.html", "share answered", true, true)]
    [InlineData("by-median.html", "median wait", false, true)]
    [InlineData("by-substantive.html", "time to a real answer", false, true)]
    public async Task Without_javascript_each_ordering_is_a_linked_page_sorted_by_its_column(
        string file, string label, bool descending, bool numeric)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(javaScript: false);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("channels/twitter/by-name.html");

        // When: the column header's link, as a reader without JavaScript follows it
        ILocator link = Header(page, label).Locator("a");
        Assert.Equal(file, await link.GetAttributeAsync("href"));
        Assert.Equal(1, await page.Locator($".sort-links a[href='{file}']").CountAsync());
        await Task.WhenAll(page.WaitForURLAsync($"**/channels/twitter/{(file == "./" ? "" : file)}"), link.ClickAsync()); // wait set before the click

        // Then
        await AssertSortedAsync(page, label, descending, numeric);
        Assert.Equal(1, await page.Locator($"{Table} thead th[aria-sort]").CountAsync());
        Assert.Equal("page", await page.Locator($".sort-links a[href='{file}']").GetAttributeAsync("aria-current"));
    }

    private static ILocator Header(IPage page, string label) => page.Locator($"{Table} thead th[data-label='{label}']");

    private static async Task AssertSortedAsync(IPage page, string label, bool descending, bool numeric)
    {
        Assert.Equal(descending ? "descending" : "ascending", await Header(page, label).GetAttributeAsync("aria-sort"));
        string[] values = await ColumnOrder.ReadAsync(page, Table, label);
        string? problem = numeric ? ColumnOrder.NumbersOutOfOrder(values, descending) : ColumnOrder.TextsOutOfOrder(values, descending);
        Assert.True(problem is null, $"sorted by {label}{(descending ? ", descending" : "")}: {problem}");
    }
}
