using System.Globalization;
using BrandPulse.Browser.Tests.Infrastructure;
using BrandPulse.Data.Model;
using BrandPulse.Statistics;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class CompareTests(BuiltSite site)
{
    [Fact]
    public async Task A_pair_in_the_address_shows_both_brands_figures_as_rankings_csv_has_them()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        CsvTable rankings = await Rankings.FetchAsync(site, context);

        // When
        await page.GotoAsync("compare/index.html?a=apple&b=google");

        // Then
        Assert.False(await page.Locator("#compare-fallback").IsVisibleAsync(), "the no-JavaScript note still shows");
        AssertFigures(await ComparisonTable.ReadAsync(page), rankings, "apple", "google");
    }

    [Fact]
    public async Task Changing_a_brand_updates_the_tables_and_the_address()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        CsvTable rankings = await Rankings.FetchAsync(site, context);
        await page.GotoAsync("compare/index.html?a=apple&b=google");
        await ComparisonTable.ReadAsync(page);

        // When
        IReadOnlyList<ComparisonTable> tables = await ComparisonTable.AfterAsync(page,
            () => page.Locator("#compare-b").SelectOptionAsync("rockstar-games"));

        // Then
        AssertFigures(tables, rankings, "apple", "rockstar-games");
        Assert.EndsWith("compare/index.html?a=apple&b=rockstar-games", page.Url);

        // When
        tables = await ComparisonTable.AfterAsync(page, () => page.Locator("#compare-a").SelectOptionAsync("google"));

        // Then
        AssertFigures(tables, rankings, "google", "rockstar-games");
    }

    private static void AssertFigures(IReadOnlyList<ComparisonTable> tables, CsvTable rankings, string a, string b)
    {
        IReadOnlyList<IReadOnlyDictionary<string, string>>[] rows = [rankings.Of(a), rankings.Of(b)];
        Assert.All(rows, r => Assert.NotEmpty(r));
        string[] names = rows.Select(r => r[0]["brand"]).ToArray();
        string[] channels = rows.SelectMany(r => r.Select(row => row["channel"])).Distinct().ToArray();
        Assert.Equal(channels.Select(Channels.DisplayName).Order(), tables.Select(t => t.Caption).Order());

        foreach (string channel in channels)
        {
            ComparisonTable table = tables.Single(t => t.Caption == Channels.DisplayName(channel));
            Assert.Equal(names, table.Brands);
            for (int n = 0; n < 2; n++)
            {
                IReadOnlyDictionary<string, string>? row = rows[n].SingleOrDefault(r => r["channel"] == channel);
                string Cell(string line) => table.Lines[line][n];
                string where = $"{names[n]} on {channel}";
                if (row is null)
                {
                    Assert.True(Cell("Complaints") == "no complaints", $"{where}: {Cell("Complaints")}");
                    continue;
                }

                Assert.True(row["complaints"] == Cell("Complaints"), $"{where}: complaints {Cell("Complaints")}, CSV {row["complaints"]}");
                if (row["status"] == "too_few")
                {
                    Assert.StartsWith("fewer than", Cell("Median wait"));
                    continue;
                }

                int complaints = int.Parse(row["complaints"], CultureInfo.InvariantCulture);
                int answered = int.Parse(row["answered"], CultureInfo.InvariantCulture);
                Assert.Equal(Units.Percent((double)answered / complaints), Cell("Answered"));
                string median = Units.HumanDuration(CsvTable.Number(row["median_minutes"]));
                Assert.True(Cell("Median wait").StartsWith(median, StringComparison.Ordinal),
                    $"{where}: median wait shown \"{Cell("Median wait")}\", CSV {row["median_minutes"]} min ({median})");
                Assert.Equal(Units.HumanDuration(CsvTable.Number(row["p90_minutes"])), Cell("90% answered by"));
                Assert.Equal(Units.Percent(CsvTable.Number(row["answered_within_1h"])), Cell("Answered within 1 hour"));
                string rank = row["rank"].Length == 0 ? "not ranked" : row["rank"];
                Assert.True(Cell("Rank") == rank || Cell("Rank").StartsWith(rank + " (", StringComparison.Ordinal),
                    $"{where}: rank shown {Cell("Rank")}, CSV {rank}");
            }
        }
    }
}
