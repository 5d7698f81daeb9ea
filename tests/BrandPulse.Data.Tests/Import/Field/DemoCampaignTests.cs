using System.Data.Common;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using BrandPulse.Testing;

namespace BrandPulse.Data.Tests.Import.Field;

/// <summary>The committed illustrative campaign covers what the demo promises (issue 14, section 4).</summary>
public sealed class DemoCampaignTests
{
    [Fact]
    public void The_demo_campaign_has_every_call_outcome_and_written_complaints_over_the_holidays()
    {
        using DbConnection db = Database.OpenInMemory();
        ImportSummary first = DemoDatabase.AddFieldCampaign(db);
        ImportSummary again = DemoDatabase.AddFieldCampaign(db);

        Snapshot s = SnapshotReader.Read(db);
        ComplaintRow[] calls = [.. s.Complaints.Where(c => c.Channel == Channels.Phone)];
        ComplaintRow[] written = [.. s.Complaints.Where(c => c.Channel != Channels.Phone)];
        Assert.Equal((92, 0, 0), (first.Accepted, first.Rejected, again.Accepted));
        Assert.All(s.Complaints, c => Assert.True(c.Illustrative));
        Assert.Equal(PhoneOutcomes.All.Order(), calls.Select(c => c.Outcome!).Distinct().Order());
        Assert.Contains(calls, c => c.FirstResponseAtMs - c.ComplainedAtMs <= 180_000);
        Assert.Contains(calls, c => c.FirstResponseAtMs - c.ComplainedAtMs > 180_000);
        Assert.InRange(s.Complaints.Select(c => c.ContributorPseudonym).Distinct().Count(), 4, 6);
        Assert.Contains(written, c => c.FirstSubstantiveAtMs is null); // never really answered
        Assert.Contains(written, c => c.FirstSubstantiveAtMs - c.ComplainedAtMs > 21L * 86_400_000); // late
        Assert.Contains(written, c => DateTimeOffset.FromUnixTimeMilliseconds(c.ComplainedAtMs).Month == 12
                                      && DateTimeOffset.FromUnixTimeMilliseconds(c.ComplainedAtMs).Day is >= 20 and <= 31);
        Assert.Equal([Channels.Email, Channels.WebForm], written.Select(c => c.Channel).Distinct().Order());
        Assert.Equal("demo-diciembre-2026", Assert.Single(s.Campaigns).Slug);
    }
}
