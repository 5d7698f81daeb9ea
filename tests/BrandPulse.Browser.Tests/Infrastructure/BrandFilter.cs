using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>The brands index's filterable list: which items there are, which the browser shows, which should match.</summary>
public static class BrandFilter
{
    public const string Input = "#brand-filter";
    public const string HeaderSearch = "#site-q";

    /// <summary>The data-filter-item text of every brand in the list, shown or not.</summary>
    public static Task<string[]> AllAsync(IPage page) =>
        page.Locator("#brand-list [data-filter-item]").EvaluateAllAsync<string[]>(
            "items => items.map(i => i.getAttribute('data-filter-item'))");

    /// <summary>The data-filter-item text of the brands the browser actually shows.</summary>
    public static Task<string[]> ShownAsync(IPage page) =>
        page.Locator("#brand-list [data-filter-item]").EvaluateAllAsync<string[]>(
            "items => items.filter(i => i.checkVisibility()).map(i => i.getAttribute('data-filter-item'))");

    /// <summary>The items a query should leave: accents and case ignored, as the site promises.</summary>
    public static string[] Matching(IEnumerable<string> items, string query) =>
        items.Where(item => Fold(item).Contains(Fold(query), StringComparison.Ordinal)).ToArray();

    private static string Fold(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString().Trim();
    }
}
