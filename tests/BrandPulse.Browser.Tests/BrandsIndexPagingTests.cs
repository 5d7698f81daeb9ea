using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>
/// Issue 15, point 5: more than 200 brands split the brands index into pages; its filter and the header search still
/// reach every brand, whichever page it is on (names and handles looked up in data/search.json).
/// </summary>
/// <remarks>
/// In the demo site's collection, so that building and browsing the large site never runs beside those tests (one
/// Chromium and one site build at a time on a 2-core machine).
/// </remarks>
[Collection(BuiltSiteCollection.Name)]
public sealed class BrandsIndexPagingTests(LargeIndexSite site) : IClassFixture<LargeIndexSite>
{
    [Fact]
    public async Task The_index_of_260_brands_is_two_pages_linked_both_ways_listing_each_brand_once()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync("brands/");
        string[] first = await ListedAsync(page);
        await page.Locator("nav.pager a").First.ClickAsync();
        await page.WaitForURLAsync("**/brands/page/2/");
        string[] second = await ListedAsync(page);

        // Then
        Assert.Equal(200, first.Length);
        Assert.Equal(LargeIndexSite.Brands - 200, second.Length);
        Assert.Equal([.. Enumerable.Range(0, LargeIndexSite.Brands).Select(LargeIndexSite.Name)], [.. first, .. second]);
        Assert.Contains("Brands 201–260 of 260", await page.Locator("nav.pager").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("nav.pager a").First.ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/brands/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typing_on_page_1_finds_brands_of_page_2_and_their_links_open_them()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("brands/");

        // When: "brand 25" matches Brand 250 … Brand 259, all listed on page 2
        await page.Locator(BrandFilter.Input).PressSequentiallyAsync("brand 25");

        // Then: they show as links in place of the page's own list, and the status counts every page's brands
        ILocator results = page.Locator("#brand-results a");
        await Assertions.Expect(results).ToHaveCountAsync(10);
        Assert.Equal([.. Enumerable.Range(250, 10).Select(LargeIndexSite.Name)], await results.AllInnerTextsAsync());
        Assert.False(await page.Locator("#brand-list").IsVisibleAsync(), "the page's own list still shows");
        Assert.Equal("10 of 260 brands match “brand 25”.", await page.Locator("#brand-filter-status").InnerTextAsync());

        // When: a handle of page 2, partly typed
        await page.Locator(BrandFilter.Input).FillAsync("@brand257c");

        // Then
        Assert.Equal(["Brand 257"], await results.AllInnerTextsAsync());
        await results.First.ClickAsync();
        await page.WaitForURLAsync("**/brands/brand-257/");
        Assert.Contains("Brand 257", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Brand 244", "brand-244", "Brand 244")]
    [InlineData("@Brand233Care", "brand-233", "Brand 233")]
    public async Task The_header_search_goes_straight_to_a_brand_listed_on_page_2(string query, string slug, string name)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("");

        // When
        await page.Locator(BrandFilter.HeaderSearch).FillAsync(query);
        await page.Locator(BrandFilter.HeaderSearch).PressAsync("Enter");

        // Then
        await page.WaitForURLAsync($"**/brands/{slug}/");
        Assert.Contains(name, await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_near_miss_of_a_page_2_brand_is_suggested_and_the_suggestion_leads_to_it()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();

        // When: two letters swapped and nothing matches
        await page.GotoAsync("brands/?q=brnad%20255");

        // Then
        ILocator suggested = page.Locator("#brand-suggest a");
        await Assertions.Expect(suggested.First).ToHaveTextAsync("Brand 255");
        await suggested.First.ClickAsync();
        await page.WaitForURLAsync("**/brands/brand-255/");
    }

    [Fact]
    public async Task In_Spanish_the_results_link_to_the_Spanish_brand_pages()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(BuiltSite.PhoneWidth);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("es/brands/");

        // When
        await page.Locator(BrandFilter.Input).PressSequentiallyAsync("brand 21");

        // Then
        ILocator results = page.Locator("#brand-results a");
        await Assertions.Expect(results).ToHaveCountAsync(10);
        Assert.Equal("10 de 260 marcas coinciden con «brand 21».", await page.Locator("#brand-filter-status").InnerTextAsync());
        await results.Nth(3).ClickAsync();
        await page.WaitForURLAsync("**/es/brands/brand-213/");
    }

    [Theory]
    [InlineData("brands/?q=brand%2025", BuiltSite.PhoneWidth)]
    [InlineData("brands/page/2/", BuiltSite.PhoneWidth)]
    [InlineData("es/brands/?q=brand%2021", BuiltSite.DesktopWidth)]
    public async Task A_page_of_the_long_index_filtered_from_the_address_or_not_shifts_less_than_0_1(string path, int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        double shift = await page.EvaluateAsync<double>(LayoutShiftTests.LayoutShift);

        // Then
        Assert.True(shift < 0.1, $"/{path} at {width}px: cumulative layout shift {shift:0.000}");
        if (path.Contains("?q=", StringComparison.Ordinal))
        {
            await Assertions.Expect(page.Locator("#brand-results a")).ToHaveCountAsync(10);
        }
    }

    [Fact]
    public async Task The_pages_of_the_long_index_pass_the_nu_html_checker_in_both_languages()
    {
        // Given: the index's pages in both languages, in a folder of their own
        string[] pages = ["brands/index.html", "brands/page/2/index.html", "es/brands/index.html", "es/brands/page/2/index.html"];
        string dir = Directory.CreateTempSubdirectory("bp-index-pages-").FullName;
        try
        {
            foreach (string page in pages)
            {
                string to = Path.Combine(dir, page);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(Path.Combine(site.Site.OutputDir, page), to);
            }

            // When
            IReadOnlyList<NuMessage> errors = await NuHtmlChecker.ErrorsAsync(dir);

            // Then
            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<string[]> ListedAsync(IPage page) =>
        [.. await page.Locator("#brand-list [data-filter-item] th a").AllInnerTextsAsync()];
}
