using System.Text.Json;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>One channel's table of the comparison page, as the browser shows it: its caption, the two brands, and each line's two cells.</summary>
public sealed record ComparisonTable(string Caption, string[] Brands, Dictionary<string, string[]> Lines)
{
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
