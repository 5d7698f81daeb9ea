using System.Data.Common;
using AngleSharp.Html.Parser;
using BrandPulse.Data;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests;

public sealed class HostileInputTests
{
    private const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";

    [Fact]
    public async Task A_hostile_brand_name_comes_out_as_text_in_html_csv_and_json()
    {
        // Given two brands whose names are markup and a spreadsheet formula, with enough complaints to be ranked
        using var tmp = new TempDir();
        string db = tmp.File("bp.db");
        using (DbConnection c = Database.OpenForWrite(db))
        {
            foreach (string brand in new[] { Hostile, Formula })
            {
                DemoDatabase.Log(c, Enumerable.Range(0, 35).Select(i =>
                    (brand, "twitter", $"2024-05-02T09:{i:00}:00Z", (string?)$"2024-05-02T10:{i:00}:00Z", $"{brand.Length}-{i}")).ToArray());
            }
        }

        // When the site is built
        await SiteBuild.RunAsync(new BuildOptions(db, tmp.File("site"), RepoPaths.Site));

        // Then no page carries the markup as markup, but every page shows the name as text
        foreach (string page in Directory.EnumerateFiles(tmp.File("site"), "*.html", SearchOption.AllDirectories))
        {
            string html = File.ReadAllText(page);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
        }

        var home = new HtmlParser().ParseDocument(File.ReadAllText(tmp.File("site/index.html")));
        Assert.Contains(home.QuerySelectorAll("table.ranking-table tbody th a"), a => a.TextContent == Hostile);
        Assert.All(home.QuerySelectorAll("script"), s => Assert.DoesNotContain("alert", s.TextContent));

        // and the CSV neutralises the formula; the JSON keeps the exact name
        List<Dictionary<string, string>> csv = CsvFile.Read(tmp.File("site/data/rankings.csv"));
        Assert.Contains(csv, r => r["brand"] == "'" + Formula);
        Assert.DoesNotContain(csv, r => r.Values.Any(v => v.StartsWith('=')));
        Assert.Contains(Hostile, System.Text.Json.JsonDocument.Parse(File.ReadAllText(tmp.File("site/data/rankings.json")))
            .RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("brand").GetString()));
    }
}
