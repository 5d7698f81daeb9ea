using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>
/// Issue 15: at 360 and 390 px the key figure of every table (the median wait) is on screen without sideways
/// scrolling, chart text is at least 11 px, and no word breaks between its letters.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PhoneKeyFigureTests(BuiltSite site)
{
    // The header cells naming a table's key figure, and the right edge of each of its cells as laid out now.
    private const string KeyCells = """
        width => [...document.querySelectorAll('main table')].flatMap(t => {
          const heads = [...t.querySelectorAll('thead th')];
          const i = heads.findIndex(h => /median/i.test(h.textContent));
          if (i < 0) return [];
          const name = (t.className || t.id || 'table') + ': ';
          return [...t.querySelectorAll('tbody tr')].map(r => r.children[i]).filter(Boolean)
            .filter(c => c.getBoundingClientRect().right > width + 1)
            .map(c => name + c.textContent.trim() + ' ends at ' + Math.round(c.getBoundingClientRect().right) + 'px');
        })
        """;

    [Theory]
    [InlineData("", 360)]
    [InlineData("", 390)]
    [InlineData("brands/apple/", 360)]
    [InlineData("brands/apple/", 390)]
    [InlineData("channels/twitter/", 360)]
    [InlineData("channels/phone/", 390)]
    [InlineData("industries/technology/", 360)]
    public async Task Issue15_the_median_of_every_table_is_on_screen_at_phone_width(string path, int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 740);

        // When
        await page.GotoAsync(path);
        string[] offScreen = await page.EvaluateAsync<string[]>(KeyCells, width);
        int tables = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('main table thead')].filter(h => /median/i.test(h.textContent)).length");

        // Then
        Assert.True(tables > 0, $"/{path}: no table with a median column");
        Assert.True(offScreen.Length == 0, $"/{path} at {width}px, median cells past the screen's edge:\n" + string.Join('\n', offScreen.Take(5)));
    }

    // The cells of the columns a table is read for, past the screen's right edge: on the compare page both brands'
    // figures (the table is the comparison), in the table of how phone calls ended the share that reached a person.
    private const string KeyColumnCells = """
        ([width, selector, keyHeads]) => [...document.querySelectorAll(selector)].flatMap(t => {
          const heads = [...t.querySelectorAll('thead th')];
          const keys = heads.map((h, i) => h.matches(keyHeads) ? i : -1).filter(i => i >= 0);
          return [...t.querySelectorAll('tr')].flatMap(r => keys.map(i => r.children[i]).filter(Boolean))
            .filter(c => c.getBoundingClientRect().right > width + 1)
            .map(c => t.className + ': ' + c.textContent.trim() + ' ends at ' + Math.round(c.getBoundingClientRect().right) + 'px');
        })
        """;

    [Theory]
    [InlineData("compare/?a=apple&b=google", ".compare-table", "th:not(:first-child)", 360)]
    [InlineData("compare/?a=apple&b=google", ".compare-table", "th:not(:first-child)", 390)]
    [InlineData("es/compare/?a=apple&b=google", ".compare-table", "th:not(:first-child)", 360)]
    [InlineData("brands/adobe/", "table.phone-ended", "th:has(.o-reached)", 360)]
    [InlineData("brands/adobe/", "table.phone-ended", "th:has(.o-reached)", 390)]
    [InlineData("es/brands/adobe/", "table.phone-ended", "th:has(.o-reached)", 360)]
    public async Task Issue15_the_compare_table_and_the_phone_outcome_table_show_their_key_columns_at_phone_width(
        string path, string table, string keyHeads, int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 740);

        // When
        await page.GotoAsync(path);
        await page.Locator(table).First.WaitForAsync();
        string[] offScreen = await page.EvaluateAsync<string[]>(KeyColumnCells, new object[] { width, table, keyHeads });
        int rows = await page.EvaluateAsync<int>($"() => document.querySelectorAll('{table} tbody tr').length");

        // Then
        Assert.True(rows > 0, $"/{path}: {table} has no rows");
        Assert.True(offScreen.Length == 0, $"/{path} at {width}px, key cells past the screen's edge:\n" + string.Join('\n', offScreen.Take(5)));
    }

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    public async Task Issue15_chart_text_is_at_least_11_px_and_the_rules_table_breaks_no_word(int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 740);

        // When the brand page's chart is drawn at its displayed size
        await page.GotoAsync("brands/apple/");
        string chartUrl = await page.Locator("figure.chart img").First.EvaluateAsync<string>("img => img.currentSrc");
        double shown = await page.Locator("figure.chart img").First.EvaluateAsync<double>("img => img.getBoundingClientRect().width");
        await page.GotoAsync(chartUrl);
        double drawn = await page.EvaluateAsync<double>("() => document.documentElement.viewBox.baseVal.width || document.documentElement.width.baseVal.value");
        double smallest = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize)))");

        // Then its smallest text, scaled to the width it is shown at, is at least 11 px
        Assert.True(smallest * shown / drawn >= 11, $"chart text is {smallest * shown / drawn:0.0} px at {width}px ({smallest} px drawn {drawn} wide, shown {shown} wide)");

        // and no cell of the methodology's rules table is narrower than its longest word
        await page.GotoAsync("methodology/");
        string[] broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table td, main table th')].filter(c => {
              const r = document.createRange(); r.selectNodeContents(c);
              const words = c.textContent.split(/\s+/).filter(w => w.length > 3);
              return words.length && [...r.getClientRects()].some(x => x.width < 8 * 3 && c.textContent.trim().length > 3);
            }).slice(0, 5).map(c => c.textContent.trim().slice(0, 40))
            """);
        Assert.True(broken.Length == 0, $"cells broken between letters at {width}px: {string.Join(" | ", broken)}");
    }
}
