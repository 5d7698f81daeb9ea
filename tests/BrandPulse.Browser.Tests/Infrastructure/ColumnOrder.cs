using System.Globalization;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>Reads one column of a sortable table as the sorting sees it, and checks the order of its values.</summary>
public static class ColumnOrder
{
    /// <summary>
    /// The column's values top to bottom: each cell's data-value, else its link's text (a brand name without its tags),
    /// else its text; "" where the row has no such cell.
    /// </summary>
    public static async Task<string[]> ReadAsync(IPage page, string table, string label)
    {
        int index = await page.Locator($"{table} thead th[data-label='{label}']").EvaluateAsync<int>("th => th.cellIndex");
        return await page.Locator($"{table} tbody tr").EvaluateAllAsync<string[]>(
            "(rows, i) => rows.map(r => { const c = r.cells[i];"
            + " return c ? (c.getAttribute('data-value') ?? (c.querySelector('a') ?? c).textContent.trim()) : ''; })",
            index);
    }

    /// <summary>Null when the numbers are in order with the empty cells last; else what is out of order.</summary>
    public static string? NumbersOutOfOrder(IReadOnlyList<string> values, bool descending)
    {
        int firstEmpty = values.ToList().FindIndex(v => v.Length == 0);
        if (firstEmpty >= 0 && values.Skip(firstEmpty).Any(v => v.Length > 0))
        {
            return $"an empty cell is not last: {string.Join(", ", values)}";
        }

        double[] numbers = values.Where(v => v.Length > 0)
            .Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        for (int n = 1; n < numbers.Length; n++)
        {
            if (descending ? numbers[n] > numbers[n - 1] : numbers[n] < numbers[n - 1])
            {
                return $"{numbers[n - 1]} comes before {numbers[n]}: {string.Join(", ", values)}";
            }
        }

        return null;
    }

    /// <summary>Null when the texts are in order (case ignored); else what is out of order.</summary>
    public static string? TextsOutOfOrder(IReadOnlyList<string> values, bool descending)
    {
        for (int n = 1; n < values.Count; n++)
        {
            int c = string.Compare(values[n - 1], values[n], StringComparison.OrdinalIgnoreCase);
            if (descending ? c < 0 : c > 0)
            {
                return $"\"{values[n - 1]}\" comes before \"{values[n]}\": {string.Join(", ", values)}";
            }
        }

        return null;
    }
}
