using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class PhoneLayoutTests(BuiltSite site)
{
    // Elements sticking out past the viewport that are not inside a table's own scroll box: the culprits, if any.
    private const string Overflowing = """
        width => [...document.body.querySelectorAll('*')]
          .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
          .slice(0, 5)
          .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : ''} (right edge ${Math.round(e.getBoundingClientRect().right)}px)`)
        """;

    [Theory]
    [InlineData("index.html")]
    [InlineData("brands/apple/index.html")]
    [InlineData("brands/index.html")]
    [InlineData("methodology/index.html")]
    [InlineData("about/index.html")]
    [InlineData("data/index.html")]
    public async Task A_phone_wide_page_does_not_scroll_sideways(string path)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(BuiltSite.PhoneWidth);
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync(path);
        int scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        // Then
        string[] culprits = await page.EvaluateAsync<string[]>(Overflowing, BuiltSite.PhoneWidth);
        Assert.True(scrollWidth <= BuiltSite.PhoneWidth + 1,
            $"{path} is {scrollWidth}px wide at a {BuiltSite.PhoneWidth}px viewport; sticking out: {string.Join(", ", culprits)}");
    }
}
