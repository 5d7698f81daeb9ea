using System.Globalization;
using AngleSharp.Html.Parser;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Tests.Downloads;

[Collection(nameof(SiteFixture))]
public sealed class RankingsDownloadTests(SiteFixture site)
{
    [Fact]
    public void Every_ranked_row_on_the_home_page_agrees_with_the_rankings_csv()
    {
        // Given the home page and the download built from the demo data
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(site.Path("index.html")));
        List<Dictionary<string, string>> csv = CsvFile.Read(site.Path("data/rankings.csv"));

        // When each ranked row of each channel's table is looked up in the CSV
        var tables = doc.QuerySelectorAll("table.ranking-table");
        Assert.True(tables.Length >= 2, "expected a ranking table for twitter and for phone");
        int checkedRows = 0;
        foreach (var table in tables)
        {
            string channel = table.GetAttribute("data-channel")!;
            foreach (var tr in table.QuerySelectorAll("tbody tr"))
            {
                string slug = tr.QuerySelector("th a")!.GetAttribute("href")!.Split('/')[1];
                Dictionary<string, string> row = Assert.Single(csv, r => r["slug"] == slug && r["channel"] == channel);
                var cells = tr.QuerySelectorAll("td");

                // Then rank, complaints, response rate and median are the same figures
                Assert.Equal(row["rank"], cells[0].ChildNodes[0].TextContent.Trim());
                Assert.Equal(int.Parse(row["complaints"], CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture), cells[1].TextContent.Trim());
                Assert.Equal(Units.Percent(double.Parse(row["response_rate"], CultureInfo.InvariantCulture)), cells[2].ChildNodes[0].TextContent.Trim());
                string median = row["median_minutes"].Length == 0 ? "not reached"
                    : Units.HumanDuration(double.Parse(row["median_minutes"], CultureInfo.InvariantCulture));
                Assert.StartsWith(median, cells[3].TextContent.Trim());
                Assert.Equal("ranked", row["status"]);
                checkedRows++;
            }
        }

        Assert.True(checkedRows >= 10, $"only {checkedRows} ranked rows checked");
    }

    [Fact]
    public void The_json_download_has_the_same_rows_as_the_csv()
    {
        List<Dictionary<string, string>> csv = CsvFile.Read(site.Path("data/rankings.csv"));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(site.Path("data/rankings.json")));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(csv.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(csv[i]["slug"], rows[i].GetProperty("slug").GetString());
            Assert.Equal(csv[i]["complaints"], rows[i].GetProperty("complaints").GetInt32().ToString(CultureInfo.InvariantCulture));
            string median = rows[i].GetProperty("median_minutes").ValueKind == System.Text.Json.JsonValueKind.Null
                ? "" : rows[i].GetProperty("median_minutes").GetDouble().ToString("0.0###", CultureInfo.InvariantCulture);
            Assert.Equal(csv[i]["median_minutes"], median);
        }
    }

    [Fact]
    public void The_csv_has_one_row_per_brand_and_channel_with_the_required_columns()
    {
        List<Dictionary<string, string>> csv = CsvFile.Read(site.Path("data/rankings.csv"));

        foreach (string column in new[] { "brand", "slug", "channel", "complaints", "answered", "median_minutes", "p90_minutes", "period_start", "period_end" })
        {
            Assert.True(csv[0].ContainsKey(column), $"missing column {column}");
        }

        Assert.Equal(csv.Count, csv.Select(r => (r["slug"], r["channel"])).Distinct().Count());
        Assert.All(csv, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r["period_start"]));
        // 24 twcs + 525 IBM complaints on twitter, 280 illustrative calls on the phone
        Assert.Equal(24 + 525, csv.Where(r => r["channel"] == "twitter").Sum(r => int.Parse(r["complaints"], CultureInfo.InvariantCulture)));
        Assert.Equal(280, csv.Where(r => r["channel"] == "phone").Sum(r => int.Parse(r["complaints"], CultureInfo.InvariantCulture)));
    }
}
