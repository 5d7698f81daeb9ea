using System.Collections.Concurrent;
using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class PhoneLayoutTests(BuiltSite site)
{
    // The outermost elements sticking out past the viewport outside a table's own scroll box: the culprits.
    private const string Overflowing = """
        width => [...document.body.querySelectorAll('*')]
          .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
          .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
          .slice(0, 3)
          .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : ''} in ${e.parentElement?.tagName.toLowerCase()}${e.parentElement?.id ? '#' + e.parentElement.id : ''}${e.parentElement?.className ? '.' + e.parentElement.className : ''} (right edge ${Math.round(e.getBoundingClientRect().right)}px)`)
        """;

    [Fact]
    public async Task No_page_scrolls_sideways_at_phone_width()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(BuiltSite.PhoneWidth);
        var failures = new ConcurrentBag<string>();

        // When
        await PageWalk.RunAsync(context, SitePages.All(site.Site.OutputDir), async (page, path) =>
        {
            await page.GotoAsync(path);
            int scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (scrollWidth > BuiltSite.PhoneWidth + 1)
            {
                string[] culprits = await page.EvaluateAsync<string[]>(Overflowing, BuiltSite.PhoneWidth);
                failures.Add($"{path}: {scrollWidth}px wide; sticking out: {string.Join(", ", culprits)}");
            }
        });

        // Then
        Assert.True(failures.IsEmpty, $"pages wider than a {BuiltSite.PhoneWidth}px phone (tables belong in a .table-scroll box):\n"
            + string.Join('\n', failures.Order(StringComparer.Ordinal)));
    }
}
