using System.Data.Common;
using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Twcs;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Import;

/// <summary>issue 17: whose answer is it, when several brands reply in one conversation.</summary>
public sealed class TwcsAttributionTests
{
    private static string Csv(params string[] rows) => Twcs.Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    // A customer writes to Delta; American Air answers first (an ad), then the customer again, then Delta.
    private static readonly string OtherBrandFirst = Csv(
        "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@Delta my bag is lost,11,",
        "11,AmericanAir,False,Wed Oct 11 10:03:00 +0000 2017,@c1 fly with us next time,12,10",
        "12,c1,True,Wed Oct 11 10:20:00 +0000 2017,@AmericanAir no thanks @Delta??,13,11",
        "13,Delta,False,Wed Oct 11 10:45:00 +0000 2017,@c1 Please DM us your bag tag number.,,12",
        "20,c2,True,Wed Oct 11 11:00:00 +0000 2017,@AmericanAir late again,21,",
        "21,AmericanAir,False,Wed Oct 11 11:30:00 +0000 2017,@c2 Sorry to hear that. DM us your confirmation number.,,20");

    [Fact]
    public void Another_brands_reply_is_neither_the_answer_nor_a_complaint_for_that_brand()
    {
        // When the conversation where another brand replies first is read
        ParsedInput p = Twcs.Parse(OtherBrandFirst);

        // Then the complaint is Delta's, answered 45 minutes later by Delta, not 3 minutes later by American Air
        ComplaintInput c = Assert.Single(p.Complaints, c => c.SourceKey == "10");
        Assert.Equal(("Delta", Twcs.Ms("2017-10-11T10:45:00Z")), (c.AccountHandle, c.FirstResponseAtMs));
        Assert.Equal(["10", "20"], p.Complaints.Select(c => c.SourceKey).Order());
        Assert.Equal((2L, 1L), (p.Counts["answered"], p.Counts["other_brand_first"]));
    }

    [Fact]
    public void A_complaint_to_a_brand_that_never_answers_waits_even_if_another_brand_replies()
    {
        ParsedInput p = Twcs.Parse(Csv(
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@Delta my bag is lost,11,",
            "11,AmericanAir,False,Wed Oct 11 10:03:00 +0000 2017,@c1 fly with us next time,,10",
            "30,Delta,False,Wed Oct 11 12:00:00 +0000 2017,@c9 hello,,"));

        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal(("Delta", (long?)null, Twcs.Ms("2017-10-11T12:00:00Z")), (c.AccountHandle, c.FirstResponseAtMs, c.ObservedUntilMs));
    }

    [Fact]
    public void Any_account_of_the_addressed_brand_answers_for_it()
    {
        // Given the registry says AppleSupport and Apple are one brand
        var registry = new Dictionary<string, string> { ["AppleSupport"] = "apple", ["@apple"] = "apple", ["Beats"] = "beats" };
        string csv = Csv(
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@AppleSupport my phone,11,",
            "11,Beats,False,Wed Oct 11 10:01:00 +0000 2017,@c1 try our headphones,12,10",
            "12,Apple,False,Wed Oct 11 10:09:00 +0000 2017,@c1 Which iOS version are you running?,,11");

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        ParsedInput p = TwcsParser.Parse(stream, "test.csv", "t", Pseudonymizer.ForTests(), registry);

        // Then Apple's tweet is AppleSupport's complaint's answer
        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal(("AppleSupport", Twcs.Ms("2017-10-11T10:09:00Z")), (c.AccountHandle, c.FirstResponseAtMs));
    }

    [Fact]
    public void A_complaint_naming_no_brand_belongs_to_the_first_brand_that_answers()
    {
        ParsedInput p = Twcs.Parse(Csv(
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,my bag is lost,11,",
            "11,Delta,False,Wed Oct 11 10:03:00 +0000 2017,@c1 Sorry! DM us.,12,10",
            "12,AmericanAir,False,Wed Oct 11 10:01:00 +0000 2017,@c1 fly with us,,10"));

        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal(("AmericanAir", Twcs.Ms("2017-10-11T10:01:00Z")), (c.AccountHandle, c.FirstResponseAtMs));
    }

    [Fact]
    public void A_handle_with_a_zero_width_space_is_cleaned_and_matched_with_a_warning()
    {
        // Given Delta's replies written with a zero-width space in the author id, and a mention with a byte-order mark
        ParsedInput p = Twcs.Parse(Csv(
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@Del\uFEFFta my bag,11,",
            "11,Del\u200Bta,False,Wed Oct 11 10:30:00 +0000 2017,@c1 Please DM us.,,10"));

        // Then the reply is kept and answers the complaint, with one warning that quotes no id
        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal(("Delta", Twcs.Ms("2017-10-11T10:30:00Z")), (c.AccountHandle, c.FirstResponseAtMs));
        ImportIssue warning = Assert.Single(p.Issues);
        Assert.Equal((IssueKind.Warning, 3, "author_id"), (warning.Kind, warning.Line, warning.Field));
        Assert.DoesNotContain("Del", warning.Reason);
    }

    [Fact]
    public void Reimporting_the_file_after_the_rule_changed_updates_the_misattributed_complaint_without_duplicating()
    {
        using DbConnection db = Database.OpenInMemory();
        ParsedInput now = Twcs.Parse(OtherBrandFirst);

        // Given the database holds what the old rule made of the same file: complaint 10 as American Air's, answered at 10:03
        ComplaintInput right = now.Complaints.Single(c => c.SourceKey == "10");
        ComplaintInput old = right with { AccountHandle = "AmericanAir", FirstResponseAtMs = Twcs.Ms("2017-10-11T10:03:00Z"), FirstSubstantiveAtMs = null };
        new ImportSession(db).Write(now with { Complaints = [old, now.Complaints.Single(c => c.SourceKey == "20")] }, "sha-of-the-file");
        long delta = db.ExecuteScalar<long>("SELECT count(*) FROM brand WHERE display_name = 'Delta';");
        long revision = db.ExecuteScalar<long>("SELECT revision FROM brand WHERE display_name = 'AmericanAir';");

        // When the same file is imported again, and once more
        ImportSummary again = new ImportSession(db).Write(now, "sha-of-the-file");
        ImportSummary third = new ImportSession(db).Write(now, "sha-of-the-file");

        // Then the complaint is Delta's, answered at 10:45, reported as updated once; nothing is duplicated
        Assert.Equal(0, delta);
        Assert.Equal((0, 1, 1), (again.Accepted, again.Updated, again.Duplicates));
        Assert.Equal((0, 0, 2), (third.Accepted, third.Updated, third.Duplicates));
        Assert.Equal(2, db.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
        Assert.Equal(("Delta", Twcs.Ms("2017-10-11T10:45:00Z")), db.QuerySingle<(string, long)>("""
            SELECT b.display_name, c.first_response_at_ms FROM complaint c JOIN brand b ON b.id = c.brand_id WHERE c.source_key = '10';
            """));
        Assert.NotEqual(revision, db.ExecuteScalar<long>("SELECT revision FROM brand WHERE display_name = 'AmericanAir';"));
    }

    [Fact]
    public void Another_file_of_the_same_source_does_not_restate_a_complaint()
    {
        using DbConnection db = Database.OpenInMemory();
        ParsedInput now = Twcs.Parse(OtherBrandFirst);
        new ImportSession(db).Write(now, "sha-of-the-file");

        // A slice of the same export that holds the complaint but not Delta's reply
        ParsedInput slice = Twcs.Parse(Csv(
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@Delta my bag is lost,,"), "Delta");
        ImportSummary s = new ImportSession(db).Write(slice, "sha-of-the-slice");

        Assert.Equal((0, 0, 1), (s.Accepted, s.Updated, s.Duplicates));
        Assert.Equal(Twcs.Ms("2017-10-11T10:45:00Z"), db.ExecuteScalar<long>("SELECT first_response_at_ms FROM complaint WHERE source_key = '10';"));
    }
}
