using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>One ranked row of a home-page rankings table, as the browser shows it (main value of each cell).</summary>
public sealed record RankedRow(int Rank, string Brand, string Href, string Complaints, string ResponseRate, string Median);

/// <summary>Reads the rankings table of one channel from the home page.</summary>
public static class RankingTable
{
    public static string Selector(string channel) => $"table.ranking-table[data-channel='{channel}']";

    public static async Task<IReadOnlyList<RankedRow>> ReadAsync(IPage page, string channel)
    {
        ILocator rows = page.Locator($"{Selector(channel)} tbody tr");
        var result = new List<RankedRow>();
        foreach (ILocator row in await rows.AllAsync())
        {
            ILocator link = row.Locator("th[scope=row] a");
            IReadOnlyList<string> cells = await row.Locator("td").AllInnerTextsAsync();
            result.Add(new RankedRow(
                int.Parse(FirstLine(cells[0]), System.Globalization.CultureInfo.InvariantCulture),
                (await link.InnerTextAsync()).Trim(),
                await link.GetAttributeAsync("href") ?? "",
                FirstLine(cells[1]),
                FirstLine(cells[2]),
                FirstLine(cells[3])));
        }

        return result;
    }

    // The rank range and the confidence interval sit under the value as display:block spans.
    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
