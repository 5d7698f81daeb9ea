using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>Issue 15, point 7: the site's search reaches a brand's page from its name, a support handle or a near miss.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SearchToBrandTests(BuiltSite site)
{
    [Theory]
    [InlineData("", "Apple", "apple", "Apple")]
    [InlineData("", "apple", "apple", "Apple")]
    [InlineData("", "@comcastcares", "comcast", "Comcast Xfinity")]
    [InlineData("brands/apple/", "Ask_Spectrum", "spectrum", "Spectrum")]
    [InlineData("es/", "Comcast Xfinity", "comcast", "Comcast Xfinity")]
    public async Task Issue15_an_exact_name_or_handle_in_the_header_search_goes_straight_to_the_brand_page(
        string start, string query, string slug, string name)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(start);

        // When
        await page.Locator(BrandFilter.HeaderSearch).FillAsync(query);
        await page.Locator(BrandFilter.HeaderSearch).PressAsync("Enter");

        // Then: the brand's own page, not the filtered list
        await page.WaitForURLAsync($"**/brands/{slug}/**");
        Assert.Matches($"/brands/{slug}/(index\\.html)?$", new Uri(page.Url).AbsolutePath);
        Assert.Contains(name, await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.Locator("#brand-filter").IsVisibleAsync(), "still on the brands index");
    }

    [Fact]
    public async Task Issue15_a_handle_typed_in_the_brand_filter_shows_its_brand()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("brands/");
        await page.WaitForFunctionAsync("() => (document.querySelector('[data-slug=comcast]')?.getAttribute('data-handles') || '').includes('comcastcares')");

        // When: part of a handle that is not in the brand's name
        await page.Locator(BrandFilter.Input).PressSequentiallyAsync("comcastca");

        // Then
        string[] shown = await BrandFilter.ShownAsync(page);
        Assert.Single(shown);
        Assert.StartsWith("Comcast Xfinity", shown[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "appel", "Did you mean", "Apple", "apple")]
    [InlineData("", "spotfy", "Did you mean", "Spotify", "spotify")]
    [InlineData("es/", "appel", "¿Querías decir", "Apple", "apple")]
    public async Task Issue15_a_near_miss_is_suggested_and_the_suggestion_leads_to_the_brand(
        string start, string query, string wording, string brand, string slug)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(start);

        // When
        await page.Locator(BrandFilter.HeaderSearch).FillAsync(query);
        await page.Locator(BrandFilter.HeaderSearch).PressAsync("Enter");
        ILocator suggestion = page.Locator("#brand-suggest a");
        await suggestion.First.WaitForAsync();

        // Then: nothing matches, and the suggestion names the brand in the page's language
        Assert.Empty(await BrandFilter.ShownAsync(page));
        Assert.Contains(wording, await page.Locator("#brand-suggest").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(brand, (await suggestion.First.InnerTextAsync()).Trim());

        // When
        await suggestion.First.ClickAsync();

        // Then
        await page.WaitForURLAsync($"**/brands/{slug}/**");
        Assert.Matches($"/brands/{slug}/(index\\.html)?$", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task Issue15_a_query_far_from_every_name_suggests_nothing()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync("brands/?q=zzzzqqqq");
        await page.WaitForFunctionAsync("() => (document.querySelector('[data-slug=comcast]')?.getAttribute('data-handles') || '').includes('comcastcares')");

        // Then
        Assert.Empty(await BrandFilter.ShownAsync(page));
        Assert.Equal("", (await page.Locator("#brand-suggest").InnerTextAsync()).Trim());
    }

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    [InlineData(BuiltSite.DesktopWidth)]
    public async Task Issue15_a_suggestion_arriving_shifts_the_page_less_than_0_1(int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();

        // When: the header search's near miss lands on the brands index, which filters and then suggests
        await page.GotoAsync("brands/?q=appel", new() { WaitUntil = WaitUntilState.Load });
        await page.Locator("#brand-suggest a").First.WaitForAsync();
        double shift = await page.EvaluateAsync<double>("""
            () => new Promise(resolve => {
              let total = 0;
              new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
                .observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 1000);
            })
            """);

        // Then
        Assert.True(shift < 0.1, $"brands/?q=appel at {width}px: cumulative layout shift {shift:0.000}");
    }
}
