using System.Text.Json;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>One channel's table of the comparison page, as the browser shows it: its caption, the two brands, and each line's two cells.</summary>
public sealed record ComparisonTable(string Caption, string[] Brands, Dictionary<string, string[]> Lines)
{
    /// <summary>
    /// Runs <paramref name="change"/> (picking another brand) and reads the tables the page draws for it. The page
    /// redraws only once both brands' files have loaded, so the old tables stay until then: this waits for them to go.
    /// </summary>
    public static async Task<IReadOnlyList<ComparisonTable>> AfterAsync(IPage page, Func<Task> change)
    {
        IElementHandle before = await page.Locator("#compare-result table").First.ElementHandleAsync();
        await change();
        await page.WaitForFunctionAsync("table => !table.isConnected", before, new() { Timeout = 10_000 });
        return await ReadAsync(page);
    }

    public static async Task<IReadOnlyList<ComparisonTable>> ReadAsync(IPage page)
    {
        await page.Locator("#compare-result table").First.WaitForAsync();
        string json = await page.Locator("#compare-result table").EvaluateAllAsync<string>("""
            tables => JSON.stringify(tables.map(t => ({
              Caption: t.caption.textContent.trim(),
              Brands: Array.from(t.tHead.rows[0].cells).slice(1).map(c => c.textContent.trim()),
              Lines: Object.fromEntries(Array.from(t.tBodies[0].rows).map(r =>
                [r.cells[0].textContent.trim(), Array.from(r.cells).slice(1).map(c => c.textContent.trim())]))
            })))
            """);
        return JsonSerializer.Deserialize<ComparisonTable[]>(json) ?? [];
    }
}
