using System.Data.Common;
using System.Globalization;
using AngleSharp.Html.Parser;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests;

public sealed class BankPhoneSiteTests
{
    [Fact]
    public async Task The_bank_in_the_call_centre_log_gets_a_phone_channel_on_its_page_and_in_the_rankings()
    {
        // Given the real call-centre log (read from ../shared/data, never copied) imported for one bank
        using var tmp = new TempDir();
        string db = tmp.File("bp.db");
        using (DbConnection c = Database.OpenForWrite(db))
        {
            ParsedInput calls = CallCenterParser.Parse(RepoPaths.Shared("anonymous_bank_callcenter_1999_02.txt"), "Anonymous Bank",
                TimeZoneInfo.FindSystemTimeZoneById("Asia/Jerusalem"));
            new ImportSession(c).Write(calls);
        }

        // When the site is built
        await SiteBuild.RunAsync(new BuildOptions(db, tmp.File("site"), RepoPaths.Site));

        // Then the bank's page shows phone figures, the 3-minute share against the legal standard, and a chart
        var page = new HtmlParser().ParseDocument(File.ReadAllText(tmp.File("site/brands/anonymous-bank/index.html")));
        var phoneRow = page.QuerySelector("table.figures tr[data-channel=phone]");
        Assert.NotNull(phoneRow);
        Assert.Contains("31,052", phoneRow!.TextContent);
        Assert.Contains("Ley 10/2025", page.Body!.TextContent);
        Assert.Contains("How the calls ended: 27,091 reached a person, 3,961 gave up.", page.Body!.TextContent);
        Assert.Contains("below the 95% mark", page.QuerySelector("section.law-panel")!.TextContent);
        Assert.Contains("the starting point, never a breach", page.QuerySelector("section.law-panel")!.TextContent); // calls of 1999
        Assert.NotNull(page.QuerySelector("figure.chart img[src='wait.svg']"));

        // and its chart is the competing-risk curve: after 1 hour, 1 - 27,091/31,052 = 12.8% of callers had not reached
        // a person (they gave up); Kaplan-Meier, censoring the hang-ups, would put it near 0%
        Assert.Contains("Phone: 13% of callers had not reached a person after 1 hour", page.QuerySelector("figure.chart img[src='wait.svg']")!.GetAttribute("alt"), StringComparison.Ordinal);

        // and how the calls had ended by each time: every row adds up to 100% (to the rounding of six whole percents),
        // and at 3 minutes 82% had reached a person and 12% had hung up (by hand from the log: 25,499 and 3,596 of
        // 31,052 calls, nothing censored), none cut off or left without a person, 6% still on the line
        var ended = page.QuerySelectorAll("table.phone-ended tbody tr").ToList();
        Assert.Equal(global::BrandPulse.Generator.Rendering.PhoneOutcomeRows.Times.Count, ended.Count);
        foreach (var tr in ended)
        {
            int[] percents = [.. tr.QuerySelectorAll("td.num").Select(td => int.Parse(td.TextContent.TrimEnd('%'), CultureInfo.InvariantCulture))];
            Assert.Equal(6, percents.Length);
            Assert.InRange(percents.Sum(), 97, 103);
            Assert.InRange(tr.QuerySelectorAll("svg rect").Length, percents.Count(p => p > 0), 6); // a bar segment per outcome seen
        }

        string[] threeMinutes = [.. ended[2].QuerySelectorAll("td.num").Select(td => td.TextContent)];
        Assert.Equal("3 min", ended[2].QuerySelector("th")!.TextContent);
        Assert.Equal(["82%", "12%", "0%", "0%", "0%", "6%"], threeMinutes);
        Assert.True(File.Exists(tmp.File("site/brands/anonymous-bank/wait.svg")));

        // and the home page ranks it on the phone channel
        var home = new HtmlParser().ParseDocument(File.ReadAllText(tmp.File("site/index.html")));
        var phone = home.QuerySelector("table.ranking-table[data-channel=phone]");
        Assert.Contains("Anonymous Bank", phone!.TextContent);

        // and the downloads give the caller's 3-minute share (25,499 of 31,052 reached a person), the call-centre
        // convention beside it, the verdict below the 95% mark, and no Kaplan-Meier 3-minute share for the phone
        string[] lines = File.ReadAllLines(tmp.File("site/data/rankings.csv"));
        string[] header = lines[0].Split(',');
        string[] row = lines.Single(l => l.Contains(",anonymous-bank,", StringComparison.Ordinal) && l.Contains(",phone,", StringComparison.Ordinal)).Split(',');
        string Cell(string column) => row[Array.IndexOf(header, column)];
        Assert.Equal("31052", Cell("complaints"));
        Assert.Equal(0.8212, double.Parse(Cell("reached_human_within_3min"), CultureInfo.InvariantCulture));
        Assert.True(double.Parse(Cell("reached_human_within_3min_upper"), CultureInfo.InvariantCulture) < 0.95);
        Assert.Equal(0.929, Math.Round(double.Parse(Cell("callcentre_within_3min"), CultureInfo.InvariantCulture), 3));
        Assert.Equal("below", Cell("law_3min_verdict"));
        Assert.Equal("", Cell("law_more_calls_needed"));
        Assert.Equal("", Cell("answered_within_3min"));
        Assert.Equal("", Cell("answered_within_3min_lower"));
        Assert.Equal("", Cell("answered_within_3min_upper"));
        Assert.Equal("", Cell("answered_within_15_working_days"));
        Assert.Equal("", Cell("volunteers"));
        Assert.Equal("unknown", Cell("law_scope"));
        Assert.Equal("law_scope", header[^3]);
        Assert.Equal("answered_in_complaint_language", header[^2]);
        Assert.Equal("written_undetermined", header[^1]);
        Assert.Equal("", Cell("written_undetermined"));
        Assert.Equal("reached_human_within_3min", header[Array.IndexOf(header, "period_end") + 1]);

        // and the phone median is the competing-risk one (half of all callers had reached a person) with its seeded
        // bootstrap interval, not Kaplan-Meier's with a Brookmeyer-Crowley interval
        List<PhoneCall> phoneCalls;
        List<WaitObservation> observations;
        using (DbConnection c = Database.OpenReadOnly(db))
        {
            List<ComplaintRow> rows = [.. SnapshotReader.Read(c).Complaints.Where(r => r.Quality is null)];
            phoneCalls = [.. rows.Select(r => new PhoneCall(r.WaitSeconds, PhoneOutcomeCodes.Parse(r.Outcome!)))];
            observations = [.. rows.Select(r => new WaitObservation(r.WaitMinutes, r.Answered))];
        }

        double competing = AalenJohansen.Fit(phoneCalls).Median()!.Value / 60.0;
        PhoneMedianEstimate bootstrap = PhoneMedianEstimate.Of(phoneCalls, RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed, "phone:anonymous-bank");
        QuantileEstimate kaplanMeier = KaplanMeier.Fit(observations).Quantile(0.5);
        Assert.Equal(Units.RoundMinutes(competing), double.Parse(Cell("median_minutes"), CultureInfo.InvariantCulture));
        Assert.Equal(Units.RoundMinutes(bootstrap.LowerSeconds!.Value / 60.0), double.Parse(Cell("median_lower_minutes"), CultureInfo.InvariantCulture));
        Assert.Equal(Units.RoundMinutes(bootstrap.UpperSeconds!.Value / 60.0), double.Parse(Cell("median_upper_minutes"), CultureInfo.InvariantCulture));
        Assert.True(kaplanMeier.Value <= competing); // giving up censored instead: never later
    }
}
