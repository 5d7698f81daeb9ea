using System.Globalization;
using BrandPulse.Browser.Tests.Infrastructure;
using BrandPulse.Statistics;
using CsvHelper;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class RankingsDownloadTests(BuiltSite site)
{
    [Theory]
    [InlineData("twitter")]
    [InlineData("phone")]
    public async Task Rankings_csv_agrees_with_the_home_page(string channel)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("index.html");
        IReadOnlyList<RankedRow> shown = await RankingTable.ReadAsync(page, channel);

        // When: the download the page links to, fetched over HTTP
        string href = await page.Locator("a[href$='rankings.csv']").First.EvaluateAsync<string>("a => a.href");
        IAPIResponse response = await context.APIRequest.GetAsync(href);
        Assert.Equal(200, response.Status);
        Dictionary<string, Dictionary<string, string>> csv = ReadRanked(await response.BodyAsync(), channel);

        // Then
        Assert.Equal(csv.Count, shown.Count);
        Assert.All(shown, row =>
        {
            Assert.True(csv.TryGetValue(row.Brand, out Dictionary<string, string>? cells), $"{row.Brand} is not ranked in rankings.csv");
            Assert.Equal(cells["rank"], row.Rank.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(int.Parse(cells["complaints"], CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture), row.Complaints);
            Assert.Equal(Units.Percent(Number(cells["response_rate"])), row.ResponseRate);
            Assert.Equal(Units.HumanDuration(Number(cells["median_minutes"])), row.Median);
        });
    }

    private static Dictionary<string, Dictionary<string, string>> ReadRanked(byte[] body, string channel)
    {
        using var reader = new StreamReader(new MemoryStream(body), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new Dictionary<string, Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        string[] header = csv.HeaderRecord ?? throw new InvalidDataException("rankings.csv has no header");
        while (csv.Read())
        {
            Dictionary<string, string> cells = header.ToDictionary(h => h, h => csv.GetField(h) ?? "");
            if (cells["channel"] == channel && cells["status"] == "ranked")
            {
                rows.Add(cells["brand"], cells);
            }
        }

        return rows;
    }

    private static double? Number(string cell) =>
        cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
