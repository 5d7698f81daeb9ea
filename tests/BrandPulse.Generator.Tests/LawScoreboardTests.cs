using System.Data.Common;
using AngleSharp.Html.Parser;
using BrandPulse.Data;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests;

/// <summary>The Ley 10/2025 scoreboard on the demo site with its illustrative field campaign.</summary>
public sealed class LawScoreboardTests
{
    [Fact]
    public async Task The_illustrative_campaign_gets_no_verdict_anywhere_and_every_scoreboard_figure_is_labelled()
    {
        // Given the demo database with the illustrative field campaign of December 2026
        using var tmp = new TempDir();
        string db = tmp.File("bp.db");
        DemoDatabase.Create(db);
        using (DbConnection c = Database.OpenForWrite(db))
        {
            DemoDatabase.AddFieldCampaign(c);
        }

        // When the site is built
        await SiteBuild.RunAsync(new BuildOptions(db, tmp.File("site"), RepoPaths.Site));

        // Then the scoreboard exists, says what it is, and is linked from the main navigation and the home page
        string html = File.ReadAllText(tmp.File("site/ley-10-2025/index.html"));
        var page = new HtmlParser().ParseDocument(html);
        Assert.Contains("An independent measurement, not a legal finding.", page.Body!.TextContent);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(tmp.File("site/index.html")));
        Assert.NotNull(home.QuerySelector("header nav a[href='ley-10-2025/']"));
        Assert.NotNull(home.QuerySelector("main a[href='ley-10-2025/']"));

        // and the campaign's brands appear with their volunteers and the campaign's name, every row labelled illustrative
        // or, for the language rule on the Twitter samples, as a data set selected because the brand answered
        var rows = page.QuerySelectorAll("table.law-table tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.TextContent.Contains("illustrative", StringComparison.Ordinal)
            || r.TextContent.Contains("answered only", StringComparison.Ordinal), r.TextContent));
        Assert.Contains(rows, r => r.TextContent.Contains("Demo: llamadas y reclamaciones de diciembre de 2026", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("table.law-table tbody tr[data-verdict]"), r => Assert.Equal("not_applicable", r.GetAttribute("data-verdict")));

        // and no page of the site gives a verdict (the methodology defines the words)
        foreach (string file in Directory.EnumerateFiles(tmp.File("site"), "*.html", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("methodology", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(file);
            Assert.DoesNotContain("meets the 95% mark", text);
            Assert.DoesNotContain("below the 95% mark", text);
            Assert.DoesNotContain("cannot tell yet", text);
        }

        // and the downloads: not_applicable with the campaign and its volunteers; the written complaints (sent from
        // 15 December 2026, so due in January 2027, a year whose holidays are bounded, not held) are judged
        string[] lines = File.ReadAllLines(tmp.File("site/data/rankings.csv"));
        string[] header = lines[0].Split(',');
        List<string[]> campaignRows = [.. lines.Skip(1).Select(l => l.Split(',')).Where(r => r[Array.IndexOf(header, "campaign")] == "demo-diciembre-2026")];
        Assert.NotEmpty(campaignRows);
        Assert.All(campaignRows.Where(r => r[Array.IndexOf(header, "channel")] == "phone"),
            r => Assert.Equal("not_applicable", r[Array.IndexOf(header, "law_3min_verdict")]));
        Assert.All(campaignRows, r => Assert.True(int.Parse(r[Array.IndexOf(header, "volunteers")], System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.Contains(campaignRows, r => r[Array.IndexOf(header, "channel")] == "email");
        Assert.All(campaignRows.Where(r => r[Array.IndexOf(header, "channel")] is "email" or "webform"), r =>
        {
            double share = double.Parse(r[Array.IndexOf(header, "answered_within_15_working_days")], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(share, 0, 1);
            Assert.True(int.Parse(r[Array.IndexOf(header, "written_undetermined")], System.Globalization.CultureInfo.InvariantCulture) >= 0);
        });
        Assert.NotNull(page.QuerySelector("#h-law-written"));
    }
}
