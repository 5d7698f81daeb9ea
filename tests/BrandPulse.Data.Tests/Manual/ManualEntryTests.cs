using System.Data.Common;
using BrandPulse.Data.Import;
using BrandPulse.Data.Manual;
using BrandPulse.Data.Model;
using BrandPulse.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Manual;

public sealed class ManualEntryTests
{
    private const long Now = 1_800_000_000_000;

    private static (ComplaintInput? Complaint, List<ImportIssue> Issues) Try(ManualEntry entry)
    {
        var issues = new List<ImportIssue>();
        return (entry.ToComplaint("log", 1, Now, false, issues), issues);
    }

    [Fact]
    public void Times_with_offsets_give_exact_minutes_across_a_dst_change()
    {
        // 02:50+02:00 is 00:50Z; 02:10+01:00 is 01:10Z: twenty minutes (RELIABILITY TIM-04)
        var (c, issues) = Try(new ManualEntry("Acme", "phone", "2024-10-27T02:50:00+02:00", "2024-10-27T02:10:00+01:00", "CALL-1"));

        Assert.Empty(issues);
        Assert.Equal(20 * 60_000, c!.FirstResponseAtMs - c.ComplainedAtMs);
    }

    [Theory]
    [InlineData("2024-05-02T09:00:00", "complained_at", "no UTC offset")]
    [InlineData("02/05/2024 09:00", "complained_at", "no UTC offset")]
    [InlineData("yesterday", "complained_at", "not an ISO 8601 time")]
    public void A_time_without_an_offset_is_refused(string time, string field, string reason)
    {
        var (c, issues) = Try(new ManualEntry("Acme", "phone", time, null, null));

        Assert.Null(c);
        ImportIssue issue = Assert.Single(issues);
        Assert.Equal(field, issue.Field);
        Assert.Contains(reason, issue.Reason);
    }

    [Theory]
    [InlineData("x", "twitter")]
    [InlineData("Twitter/X", "twitter")]
    [InlineData(" Phone ", "phone")]
    public void Channel_names_are_canonical(string given, string stored)
    {
        var (c, _) = Try(new ManualEntry("Acme", given, "2024-05-02T09:00:00Z", null, "r"));

        Assert.Equal(stored, c!.Channel);
    }

    [Fact]
    public void An_unknown_channel_is_refused_with_the_allowed_list()
    {
        var (c, issues) = Try(new ManualEntry("Acme", "fax", "2024-05-02T09:00:00Z", null, "r"));

        Assert.Null(c);
        Assert.Contains("allowed: twitter, phone", Assert.Single(issues).Reason);
    }

    [Fact]
    public void An_answer_before_the_complaint_is_refused()
    {
        var (_, issues) = Try(new ManualEntry("Acme", "phone", "2024-05-02T09:00:00Z", "2024-05-02T08:00:00Z", "r"));

        Assert.Equal("answered_at", Assert.Single(issues).Field);
    }

    [Fact]
    public void The_same_entry_logged_twice_is_one_complaint_with_or_without_a_ref()
    {
        using DbConnection db = Database.OpenInMemory();
        var withRef = ("Acme", "phone", "2024-05-02T09:00:00+02:00", (string?)"2024-05-02T09:42:00+02:00", "CALL-7781");
        var withoutRef = ("Acme", "phone", "2024-05-03T09:00:00+02:00", (string?)"2024-05-03T09:10:00+02:00", "");

        DemoDatabase.Log(db, withRef, withoutRef);
        ImportSummary again = DemoDatabase.Log(db, withRef, withoutRef);

        Assert.Equal(2, again.Duplicates);
        Assert.Equal(2, db.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM brand;"));
    }
}
