using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Rendering;

/// <summary>
/// Issues 13 and 15: at national scale (1,000 brands measured on the phone and by e-mail) the Ley 10/2025 scoreboard
/// was one 2.0 MB page. Now it shows each rule's first rows and links to the rule's own pages, each under 100 KB.
/// </summary>
public sealed partial class LawScoreboardPagesTests
{
    private const int Brands = 1000;
    private const int MaxPageBytes = 100 * 1000;
    private static readonly SiteContext s_en = new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);
    private static readonly long s_jan11 = new DateTimeOffset(2027, 1, 11, 10, 0, 0, TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();
    private static readonly long s_dec1 = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task At_1000_brands_every_scoreboard_page_is_under_100_KB_and_every_measured_row_is_reachable(bool spanish)
    {
        // Given 1,000 brands, each with field calls (every phone rule) and e-mails (the written rule)
        SiteModel model = Model();
        var inputs = new PageInputs(model, new Dictionary<string, global::BrandPulse.Generator.Charts.WaitChartModel>(), []);
        SiteContext translating = BilingualPages.Translating(s_en, inputs);
        SiteContext context = spanish ? translating.In(SiteLanguage.Spanish) : translating;
        string prefix = spanish ? "es/" : "";

        // When the scoreboard is rendered
        IReadOnlyList<OutputFile> pages = await PageJobs.RenderAsync([.. BrandPageJobs.Scoreboard(inputs, context)]);
        Dictionary<string, string> html = pages.ToDictionary(p => p.Path, p => Encoding.UTF8.GetString(p.Bytes), StringComparer.Ordinal);

        // Then every page is under 100 KB
        Assert.All(pages, p => Assert.True(p.Bytes.Length < MaxPageBytes, $"{p.Path}: {p.Bytes.Length:N0} bytes"));

        // the scoreboard shows each rule's first rows and links to all of them
        string board = html[$"{prefix}ley-10-2025/index.html"];
        foreach (string rule in LawScoreboardRows.Rules)
        {
            Assert.Equal(LawScoreboardRows.Preview, RowsOf(board, rule).Length);
            Assert.Contains($"{prefix}ley-10-2025/{rule}/\"", board, StringComparison.Ordinal);
        }

        // and each rule's pages list every measured row exactly once (phone rules: one row per brand; the rules
        // without a percentage: phone and e-mail rows; written: e-mail rows), each page linking on to the next
        LawScoreboardRows rows = LawScoreboardRows.Of(model);
        foreach (string rule in LawScoreboardRows.Rules)
        {
            int expected = rows.For(rule).Count;
            string[] paths = [.. Enumerable.Range(1, ListPages.CountOf(expected)).Select(n => $"{prefix}ley-10-2025/{rule}/{ListPages.Folder(n)}index.html")];
            string[] listed = [.. paths.SelectMany(p => RowsOf(html[p], rule))];
            Assert.Equal(expected, listed.Length);
            Assert.Equal(expected, listed.Distinct(StringComparer.Ordinal).Count());
            Assert.Contains(ListPages.Href(1, 2, "index.html"), html[paths[0]], StringComparison.Ordinal);
            Assert.DoesNotContain("data-rule=\"every-call\"", rule == "every-call" ? "" : html[paths[0]], StringComparison.Ordinal);
        }

        Assert.Equal(Brands, rows.Phone.Count);
        Assert.Equal(2 * Brands, rows.Other.Count);
        Assert.Equal(Brands, rows.Written.Count);
        Console.WriteLine($"largest scoreboard page at {Brands} brands: {pages.MaxBy(p => p.Bytes.Length)!.Path}, {pages.Max(p => p.Bytes.Length):N0} bytes");
    }

    /// <summary>The rows (slug and channel) of the table of <paramref name="rule"/> on a page.</summary>
    private static string[] RowsOf(string page, string rule)
    {
        int start = page.IndexOf($"data-rule=\"{rule}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        string table = page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
        return [.. Row().Matches(table).Select(m => WebUtility.HtmlDecode(m.Value))];
    }

    [GeneratedRegex("<tr data-slug=\"[^\"]+\"( data-channel=\"[^\"]+\")?")]
    private static partial Regex Row();

    private static SiteModel Model()
    {
        var campaign = new Campaign("c1", "Campaign one", false, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), "ES-MD", "Europe/Madrid",
            new CampaignProtocol(180, 900, 3, ["09:00-11:00"], 40), []);
        var campaigns = new Dictionary<string, Campaign> { ["c1"] = campaign };
        var template = new Brand(1, "template", "Template", null, "test", null);
        List<ComplaintRow> calls = [.. Enumerable.Range(0, 12).Select(i => new ComplaintRow(
            1, Channels.Phone, "field:c1", s_jan11 + (i * 600_000L), i < 10 ? s_jan11 + (i * 600_000L) + 60_000 : null, s_jan11 + (i * 600_000L) + 200_000,
            null, null, false, Outcome: i < 10 ? PhoneOutcomes.ReachedPerson : PhoneOutcomes.Abandoned, AskedPersonAtMs: s_jan11 + (i * 600_000L) + 20_000,
            MenuOfferedPerson: true, ComplaintLanguage: "es", AnswerLanguage: i < 10 ? "es" : null, Campaign: "c1", ContributorPseudonym: "v" + (i % 3)))];
        List<ComplaintRow> mails = [.. Enumerable.Range(0, 12).Select(i => new ComplaintRow(
            1, Channels.Email, "manual", s_dec1 + (i * 3_600_000L), i < 9 ? s_dec1 + (i * 3_600_000L) + (3 * 86_400_000L) : null,
            s_dec1 + (40 * 86_400_000L), null, null, false, ComplaintLanguage: "es", AnswerLanguage: i < 9 ? "es" : null))];
        ChannelLawFigures phoneLaw = LawComputation.Of(template, Channels.Phone, calls, campaigns, illustrative: false).Law;
        ChannelLawFigures mailLaw = LawComputation.Of(template, Channels.Email, mails, campaigns, illustrative: false).Law;

        var brands = new List<BrandFigures>();
        for (int n = 0; n < Brands; n++)
        {
            var brand = new Brand(n + 1, $"brand-{n:0000}", $"Brand {n:0000} Customer Care Services", "Telecoms", "test", null);
            var summary = new ResponseSummary(400, 300, new ShareEstimate(0.8, 0.75, 0.85), new QuantileEstimate(60, 50, 70),
                new QuantileEstimate(600, 500, 700), new ShareEstimate(0.3, 0.25, 0.37), new ShareEstimate(0.45, 0.4, 0.5), new ShareEstimate(0.9, 0.85, 0.95));
            ChannelFigures Figures(string channel, ChannelLawFigures law) => new(brand, channel, summary, [], FigureStatus.Ranked, null, false, false, 0,
                s_dec1, s_jan11, 0, [], new AnswerKindFigures(new Dictionary<string, int>(), 0, null))
            { Law = law };
            brands.Add(new BrandFigures(brand, [Figures(Channels.Email, mailLaw), Figures(Channels.Phone, phoneLaw)], []));
        }

        return new SiteModel(brands, [], [], s_dec1, s_jan11, 24 * Brands, null);
    }
}
