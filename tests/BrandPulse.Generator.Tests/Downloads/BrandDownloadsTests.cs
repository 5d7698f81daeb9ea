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

    [Fact]
    public void Every_complaint_downloaded_has_its_own_reference_code_after_the_earlier_columns_and_the_brand_page_shows_it()
    {
        // Given the site built from the demo database, whose complaints the collector gave codes keyed by the database's key
        List<Dictionary<string, string>> complaints = CsvFile.Read(site.Path("data/complaints.csv"));
        string header = File.ReadLines(site.Path("data/complaints.csv")).First();
        List<Dictionary<string, string>> apple = CsvFile.Read(site.Path("brands/apple/complaints.csv"));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(site.Path("brands/apple/index.html")));
        string[] shown = [.. doc.QuerySelectorAll("table.counted-complaints tbody tr").Select(r => r.QuerySelectorAll("td")[^1].TextContent)];
        var key = BrandPulse.Data.Registry.Pseudonymizer.ForTests(); // the demo database codes with the test key

        // Then the column comes after the columns published before it, every row has a distinct well-formed code, and the
        // page's codes are Apple's
        Assert.Equal(
            ["brand", "slug", "channel", "complained_hour_utc", "seconds_waited", "minutes_waited", "answered", "answer_kind",
             "seconds_to_substantive_answer", "source", "illustrative", "selected_because_answered", "left_out_for_quality", "reference"],
            header.Split(',')[..14]);
        Assert.All(complaints, c => Assert.Matches("^BP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", c["reference"]));
        Assert.Equal(complaints.Count, complaints.Select(c => c["reference"]).Distinct().Count());
        Assert.Equal(50, shown.Length);
        Assert.Subset(apple.Select(c => c["reference"]).ToHashSet(), shown.ToHashSet());
        using var db = BrandPulse.Data.Database.OpenReadOnly(site.Db);
        (string source, string sourceKey) = Dapper.SqlMapper.QueryFirst<(string, string)>(db, "SELECT source, source_key FROM complaint ORDER BY id DESC LIMIT 1;");
        Assert.Contains(BrandPulse.Data.Registry.ComplaintReference.Of(key, source, sourceKey), complaints.Select(c => c["reference"]));
    }
}
