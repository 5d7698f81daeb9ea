namespace BrandPulse.Generator.Tests.Downloads;

[Collection(nameof(SiteFixture))]
public sealed class BrandDownloadsTests(SiteFixture site)
{
    [Fact]
    public void Each_brand_has_its_figures_and_its_complaints_as_the_overall_downloads_hold_them()
    {
        List<Dictionary<string, string>> rankings = CsvFile.Read(site.Path("data/rankings.csv"));
        List<Dictionary<string, string>> complaints = CsvFile.Read(site.Path("data/complaints.csv"));

        foreach (string slug in rankings.Select(r => r["slug"]).Distinct())
        {
            List<Dictionary<string, string>> figures = CsvFile.Read(site.Path($"brands/{slug}/figures.csv"));
            List<Dictionary<string, string>> own = CsvFile.Read(site.Path($"brands/{slug}/complaints.csv"));

            Assert.Equal(rankings.Where(r => r["slug"] == slug).Select(r => string.Join("|", r.Values)), figures.Select(r => string.Join("|", r.Values)));
            Assert.Equal(complaints.Where(r => r["slug"] == slug).Select(r => string.Join("|", r.Values)), own.Select(r => string.Join("|", r.Values)));
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(site.Path($"brands/{slug}/figures.json")));
            Assert.Equal(figures.Count, json.RootElement.GetProperty("rows").GetArrayLength());
        }
    }

    [Fact]
    public void The_brand_page_lists_the_complaints_counted_and_how_to_send_a_correction()
    {
        string html = File.ReadAllText(site.Path("brands/apple/index.html"));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var rows = doc.QuerySelectorAll("table.counted-complaints tbody tr");
        Assert.Equal(50, rows.Length);
        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:00$", r.QuerySelector("td")!.TextContent));
        Assert.Contains("mailto:", html);
        Assert.NotNull(doc.QuerySelector("a[href='complaints.csv']"));
        Assert.NotNull(doc.QuerySelector("#h-improve"));
    }
}
