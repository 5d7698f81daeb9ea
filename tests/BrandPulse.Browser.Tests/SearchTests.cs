using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class SearchTests(BuiltSite site)
{
    [Fact]
    public async Task Typing_in_the_brand_filter_narrows_the_list_as_one_types()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("brands/index.html");
        string[] all = await BrandFilter.AllAsync(page);
        Assert.Equal(all, await BrandFilter.ShownAsync(page));
        int groups = await page.Locator("#brand-list [data-filter-group]").CountAsync();

        // When: typed key by key, no submit
        await page.Locator(BrandFilter.Input).PressSequentiallyAsync("app");

        // Then: only the matches show, and industries without a match are hidden
        string[] expected = BrandFilter.Matching(all, "app");
        Assert.NotEmpty(expected);
        Assert.True(expected.Length < all.Length, "\"app\" should not match every brand");
        Assert.Equal(expected, await BrandFilter.ShownAsync(page));
        Assert.Contains(expected, item => item.StartsWith("Apple ", StringComparison.Ordinal));
        Assert.True(await page.Locator("#brand-list [data-filter-group]:visible").CountAsync() < groups,
            "industries with no matching brand still show");
        Assert.Equal($"{expected.Length} of {all.Length} brands match “app”.", await page.Locator("#brand-filter-status").InnerTextAsync());
        Assert.EndsWith("brands/index.html", page.Url);

        // When: the filter is cleared
        await page.Locator(BrandFilter.Input).FillAsync("");

        // Then
        Assert.Equal(all, await BrandFilter.ShownAsync(page));
    }

    [Theory]
    [InlineData("app")]
    [InlineData("APP")]
    public async Task The_brands_index_filters_from_q_in_the_address(string query)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync($"brands/index.html?q={Uri.EscapeDataString(query)}");

        // Then
        string[] expected = BrandFilter.Matching(await BrandFilter.AllAsync(page), query);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await BrandFilter.ShownAsync(page));
        Assert.Equal(query, await page.Locator(BrandFilter.Input).InputValueAsync());
        Assert.Equal(query, await page.Locator(BrandFilter.HeaderSearch).InputValueAsync());
    }

    [Fact]
    public async Task The_header_search_leads_to_the_filtered_brands_index()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("index.html");

        // When
        await page.Locator(BrandFilter.HeaderSearch).FillAsync("app");
        await page.Locator(BrandFilter.HeaderSearch).PressAsync("Enter");
        await page.WaitForURLAsync("**/brands/?q=app");

        // Then
        string[] all = await BrandFilter.AllAsync(page);
        string[] expected = BrandFilter.Matching(all, "app");
        Assert.True(expected.Length is > 0 && expected.Length < all.Length);
        Assert.Equal(expected, await BrandFilter.ShownAsync(page));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("brands/apple/index.html")]
    [InlineData("channels/twitter/by-name.html")]
    public async Task Without_javascript_the_header_search_submits_to_the_brands_index(string startPage)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(javaScript: false);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(startPage);

        // When
        await page.Locator(BrandFilter.HeaderSearch).FillAsync("app");
        await Task.WhenAll(page.WaitForURLAsync("**/brands/?q=app"),
            page.Locator("form.brand-search button[type=submit]").ClickAsync());

        // Then: the whole list, for the reader to scan (nothing filters without JavaScript)
        Assert.Equal(site.Url("brands/?q=app").ToString(), page.Url);
        Assert.Equal("All brands", (await page.Locator("h1").InnerTextAsync()).Trim());
        string[] all = await BrandFilter.AllAsync(page);
        Assert.True(all.Length > 10, $"the brands index lists only {all.Length} brands");
        Assert.Equal(all, await BrandFilter.ShownAsync(page));
    }

    [Fact]
    public async Task Without_javascript_the_brand_filter_form_submits_to_the_brands_index()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(javaScript: false);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("brands/index.html");

        // When
        await page.Locator(BrandFilter.Input).FillAsync("app");
        await page.Locator(BrandFilter.Input).PressAsync("Enter");
        await page.WaitForURLAsync("**/brands/?q=app");

        // Then
        Assert.Equal(await BrandFilter.AllAsync(page), await BrandFilter.ShownAsync(page));
    }
}
