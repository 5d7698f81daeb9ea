using System.Globalization;
using BrandPulse.Statistics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Generator.Tests;

/// <summary>Every published figure can be recomputed from the downloads alone, and agrees with an independent computation.</summary>
[Collection(nameof(SiteFixture))]
public sealed class ReproducibilityTests(SiteFixture site)
{
    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Every_median_p90_and_response_rate_is_recomputed_from_the_per_complaint_download()
    {
        // Given only the two downloads
        List<Dictionary<string, string>> complaints = CsvFile.Read(site.Path("data/complaints.csv"));
        List<Dictionary<string, string>> rankings = CsvFile.Read(site.Path("data/rankings.csv"));
        Assert.Equal(24 + 525 + 280, complaints.Count);

        foreach (Dictionary<string, string> row in rankings)
        {
            // When the complaints of that brand and channel are put through a Kaplan-Meier written here, apart from the library
            var group = complaints
                .Where(c => c["slug"] == row["slug"] && c["channel"] == row["channel"] && c["left_out_for_quality"] == "")
                .Select(c => (Minutes: D(c["seconds_waited"]) / 60.0, Answered: c["answered"] == "true"))
                .ToList();

            // Then the counts, the rate and the quantiles are those published
            Assert.Equal(row["complaints"], group.Count.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(row["answered"], group.Count(g => g.Answered).ToString(CultureInfo.InvariantCulture));
            Assert.Equal(row["response_rate"], Math.Round(group.Count(g => g.Answered) / (double)group.Count, 4, MidpointRounding.AwayFromZero).ToString("0.0###", CultureInfo.InvariantCulture));
            // (on the phone, the competing-risk median: a caller who hung up has been failed, an outcome, not a censoring)
            Assert.Equal(row["median_minutes"], Units.FormatMinutesForDownload(row["channel"] == "phone"
                ? HandCompetingRisk.Median(group) : HandKaplanMeier.Quantile(group, 0.5)));
            Assert.Equal(row["p90_minutes"], Units.FormatMinutesForDownload(HandKaplanMeier.Quantile(group, 0.9)));
        }
    }

    [Fact]
    public void Medians_of_fully_answered_twitter_brands_match_a_plain_sql_median_over_the_imported_rows()
    {
        // Given the imported rows; with every complaint answered the Kaplan-Meier median is the ordinary median
        using var db = new SqliteConnection($"Data Source={site.Db};Mode=ReadOnly");
        db.Open();
        var brands = db.Query<(string Slug, long N)>("""
            SELECT b.slug, count(*) FROM complaint c JOIN brand b ON b.id = c.brand_id
            WHERE c.channel = 'twitter' AND c.quality IS NULL
            GROUP BY b.slug HAVING count(*) >= 10 AND count(c.first_response_at_ms) = count(*);
            """).ToList();
        Assert.True(brands.Count >= 5);
        List<Dictionary<string, string>> rankings = CsvFile.Read(site.Path("data/rankings.csv"));

        foreach ((string slug, long n) in brands)
        {
            // When SQL picks the middle wait(s) in whole seconds
            List<long> middle = db.Query<long>("""
                SELECT (c.first_response_at_ms - c.complained_at_ms + 500) / 1000 AS s
                FROM complaint c JOIN brand b ON b.id = c.brand_id
                WHERE b.slug = @slug AND c.channel = 'twitter' AND c.quality IS NULL
                ORDER BY s LIMIT @take OFFSET @skip;
                """, new { slug, take = n % 2 == 0 ? 2 : 1, skip = (n - 1) / 2 }).ToList();
            double sqlMedian = middle.Average() / 60.0;

            // Then it is the published median
            string published = Assert.Single(rankings, r => r["slug"] == slug && r["channel"] == "twitter")["median_minutes"];
            Assert.Equal(Units.FormatMinutesForDownload(sqlMedian), published);
        }
    }

    [Fact]
    public void The_per_complaint_download_identifies_nobody()
    {
        string text = File.ReadAllText(site.Path("data/complaints.csv"));
        List<Dictionary<string, string>> rows = CsvFile.Read(site.Path("data/complaints.csv"));

        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:00Z$", r["complained_hour_utc"]));
        Assert.DoesNotContain("1245403438755852288", text); // a complaint's tweet id in the IBM data
        Assert.DoesNotContain("CinVakas", text);            // that complainant's handle
        Assert.DoesNotContain("119250", text);              // a complaint's tweet id in the twcs sample
    }
}

/// <summary>
/// Kaplan-Meier quantiles the plain way (after Kaplan and Meier 1958 and R's quantile.survfit midpoint rule),
/// written independently of BrandPulse.Statistics to check it.
/// </summary>
internal static class HandKaplanMeier
{
    public static double? Quantile(List<(double Minutes, bool Answered)> obs, double p)
    {
        double target = 1 - p, s = 1;
        int atRisk = obs.Count;
        var times = obs.Select(o => o.Minutes).Distinct().Order().ToList();
        for (int i = 0; i < times.Count; i++)
        {
            double t = times[i];
            int events = obs.Count(o => o.Minutes == t && o.Answered);
            int leaving = obs.Count(o => o.Minutes == t);
            if (events > 0)
            {
                s *= 1 - events / (double)atRisk;
                if (Math.Abs(s - target) < 1e-9)
                {
                    // Flat exactly at the target: the midpoint to the next answer, if any
                    double? next = obs.Where(o => o.Answered && o.Minutes > t).Select(o => (double?)o.Minutes).Min();
                    return next is null ? t : (t + next.Value) / 2;
                }

                if (s < target)
                {
                    return t;
                }
            }

            atRisk -= leaving;
        }

        return null;
    }
}

/// <summary>
/// The phone median the plain way (Aalen-Johansen with every unanswered call a competing outcome, as in a real log):
/// F(t) adds S(t-) times the share of those still waiting who reached a person at t; the median is the first t with
/// F(t) at or above one half. Written independently of BrandPulse.Statistics to check it.
/// </summary>
internal static class HandCompetingRisk
{
    public static double? Median(List<(double Minutes, bool Answered)> obs)
    {
        double s = 1, f = 0;
        int atRisk = obs.Count;
        foreach (double t in obs.Select(o => o.Minutes).Distinct().Order())
        {
            int reached = obs.Count(o => o.Minutes == t && o.Answered);
            int ended = obs.Count(o => o.Minutes == t);
            f += s * reached / atRisk;
            if (f >= 0.5 - 1e-12)
            {
                return t;
            }

            s *= 1 - (ended / (double)atRisk);
            atRisk -= ended;
        }

        return null;
    }
}
