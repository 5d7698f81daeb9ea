using System.Data.Common;
using System.Globalization;
using BrandPulse.Data;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using BrandPulse.Generator.Computation;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Tests.Campaigns;

/// <summary>Issue 13: the phone's law figures and the field-call figures recomputed from complaints.csv alone.</summary>
[Collection(nameof(CampaignSite))]
public sealed class PhoneFromDownloadsTests(CampaignSite site)
{
    [Fact]
    public void Every_phone_brands_reached_human_within_3min_is_recomputed_from_complaints_csv()
    {
        // Given only the downloads of the demo site with its field campaign
        List<Dictionary<string, string>> complaints = CsvFile.Read(Path.Combine(site.Live, "data", "complaints.csv"));
        List<Dictionary<string, string>> phone = [.. CsvFile.Read(Path.Combine(site.Live, "data", "rankings.csv"))
            .Where(r => r["channel"] == Channels.Phone && r["reached_human_within_3min"] != "")];
        Assert.NotEmpty(phone);
        Assert.Contains(complaints, c => c["channel"] == Channels.Phone && c["campaign"] != "" && c["protocol_min_wait_seconds"] != "");

        foreach (Dictionary<string, string> row in phone)
        {
            // When each counted call is judged by the rules of issue 13, written here apart from the library
            int reached = 0, known = 0;
            foreach (Dictionary<string, string> c in complaints.Where(c => c["slug"] == row["slug"] && c["channel"] == Channels.Phone && c["left_out_for_quality"] == ""))
            {
                string outcome = c["outcome"];
                double seconds = outcome == "busy_no_answer" ? 0 : D(c["seconds_waited"]);
                if (c["campaign"] != "" && outcome == "abandoned")
                {
                    if (seconds < D(c["protocol_min_wait_seconds"]))
                    {
                        continue; // gave up before the protocol's wait: left out
                    }

                    if (seconds < 180)
                    {
                        continue; // censored before 3 minutes: unknown at 3 minutes
                    }
                }

                known++;
                reached += outcome == "reached_person" && seconds <= 180 ? 1 : 0;
            }

            // Then the share is the one published
            Assert.True(known > 0, row["slug"]);
            Assert.Equal(row["reached_human_within_3min"], Math.Round(reached / (double)known, 4, MidpointRounding.AwayFromZero).ToString("0.0###", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_field_call_figures_are_recomputed_from_complaints_csv()
    {
        // Given the brands with field calls, their figures as the site computes them from the database
        List<Dictionary<string, string>> complaints = CsvFile.Read(Path.Combine(site.Live, "data", "complaints.csv"));
        using DbConnection db = Database.OpenReadOnly(site.Db);
        Snapshot snapshot = SnapshotReader.Read(db);
        Dictionary<string, Campaign> campaigns = snapshot.Campaigns.ToDictionary(c => c.Slug);
        string[] slugs = [.. complaints.Where(c => c["channel"] == Channels.Phone && c["campaign"] != "").Select(c => c["slug"]).Distinct()];
        Assert.NotEmpty(slugs);

        foreach (string slug in slugs)
        {
            Brand brand = snapshot.Brands.Single(b => b.Slug == slug);
            List<ComplaintRow> usable = [.. snapshot.Complaints.Where(r => r.BrandId == brand.Id && r.Channel == Channels.Phone && r.Quality is null)];
            FieldCallFigures published = LawComputation.Of(brand, Channels.Phone, usable, campaigns, usable.Any(r => r.Illustrative)).Law.Phone!.Field!;

            // When the same figures are counted from the download's rows
            var field = complaints.Where(c => c["slug"] == slug && c["channel"] == Channels.Phone && c["left_out_for_quality"] == "" && c["campaign"] != "")
                .Where(c => !(c["outcome"] == "abandoned" && D(c["seconds_waited"]) < D(c["protocol_min_wait_seconds"]))) // protocol broken
                .ToList();
            int menuKnown = field.Count(c => c["menu_offered_person"] != ""), menuYes = field.Count(c => c["menu_offered_person"] == "true");
            int notCut = field.Count(c => c["outcome"] != "cut_off");
            var reachedWithLanguages = field.Where(c => c["outcome"] == "reached_person" && c["complaint_language"] != "" && c["answer_language"] != "").ToList();
            var asked = field.Where(c => c["seconds_to_ask_for_person"] != "" && c["outcome"] != "busy_no_answer").ToList();
            int askedKnown = asked.Count(c => !(c["outcome"] == "abandoned" && D(c["seconds_waited"]) - D(c["seconds_to_ask_for_person"]) < 180));
            int askedReached = asked.Count(c => c["outcome"] == "reached_person" && D(c["seconds_waited"]) - D(c["seconds_to_ask_for_person"]) <= 180);

            // Then they are those the scoreboard shows
            Assert.True(menuKnown > 0 && askedKnown > 0 && reachedWithLanguages.Count > 0, slug);
            Assert.Equal((published.MenuOfferedPerson.Successes, published.MenuOfferedPerson.Trials), (menuYes, menuKnown));
            Assert.Equal((published.NotCutOff.Successes, published.NotCutOff.Trials), (notCut, field.Count));
            Assert.Equal((published.ServedInLanguageAsked.Successes, published.ServedInLanguageAsked.Trials),
                (reachedWithLanguages.Count(c => c["complaint_language"] == c["answer_language"]), reachedWithLanguages.Count));
            Assert.Equal((published.AskedToPerson.Share.Successes, published.AskedToPerson.Share.Trials), (askedReached, askedKnown));
        }
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
