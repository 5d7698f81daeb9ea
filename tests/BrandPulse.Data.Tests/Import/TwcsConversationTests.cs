using BrandPulse.Data.Import;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Tests.Import;

/// <summary>How conversations become complaints, on small files written for each case.</summary>
public sealed class TwcsConversationTests
{
    private static string Csv(params string[] rows) => Twcs.Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    [Fact]
    public void A_complaint_without_a_brand_reply_waits_on_the_brand_it_mentions()
    {
        // Given a customer who mentions a friend, then @tesco (a brand account because Tesco tweets elsewhere)
        ParsedInput p = Twcs.Parse(Csv(
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@friend look @tesco and @Asda,,",
            "20,c2,True,Wed Oct 11 11:00:00 +0000 2017,@Tesco help,21,",
            "21,Tesco,False,Wed Oct 11 12:00:00 +0000 2017,@c2 sure,,20"));

        // Then it waits on Tesco (as the account writes itself), observed until the file's last tweet
        ComplaintInput c = Assert.Single(p.Complaints, c => c.SourceKey == "10");
        Assert.Equal(("Tesco", (long?)null, Twcs.Ms("2017-10-11T12:00:00Z")), (c.AccountHandle, c.FirstResponseAtMs, c.ObservedUntilMs));
        Assert.Equal((1L, 1L), (p.Counts["waiting"], p.Counts["answered"]));
    }

    [Fact]
    public void A_mention_of_a_registry_account_attributes_a_waiting_complaint()
    {
        ParsedInput p = Twcs.Parse(Csv("10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@someone @AppleSupport hi,,"), "@applesupport");

        Assert.Equal("applesupport", Assert.Single(p.Complaints).AccountHandle);
    }

    [Fact]
    public void A_complaint_naming_no_brand_account_is_unattributed()
    {
        ParsedInput p = Twcs.Parse(Csv(
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,mail me at bob@Tesco.com or @76099,,",
            "30,Tesco,False,Wed Oct 11 10:05:00 +0000 2017,@c9 hello,,31"));

        Assert.Empty(p.Complaints);
        ImportIssue issue = Assert.Single(p.Issues, i => i.Kind == IssueKind.Unattributed);
        Assert.Equal((2, 1L), (issue.Line, issue.Record));
        Assert.Equal((1L, 1L), (p.Counts["unattributed"], p.Counts["orphan_replies"]));
    }

    [Fact]
    public void A_brand_started_thread_is_no_complaint()
    {
        // Given a promotion by the brand and a customer's reply to it
        ParsedInput p = Twcs.Parse(Csv(
            "10,Tesco,False,Wed Oct 11 10:00:00 +0000 2017,Big sale today,11,",
            "11,c1,True,Wed Oct 11 10:30:00 +0000 2017,@Tesco where?,12,10",
            "12,Tesco,False,Wed Oct 11 10:40:00 +0000 2017,@c1 here,,11"));

        Assert.Empty(p.Complaints);
        Assert.Equal((1L, 0L), (p.Counts["brand_started"], p.Counts["complaints"]));
    }

    [Fact]
    public void The_first_response_is_the_earliest_brand_tweet_by_time_not_by_id_or_row()
    {
        // Given a thread written newest first, with ids out of time order, several response ids and a cycle
        ParsedInput p = Twcs.Parse(Csv(
            "50,BrandB,False,Wed Oct 11 12:00:00 +0000 2017,@c1 late,40,30",
            "30,c1,True,Wed Oct 11 10:10:00 +0000 2017,@BrandA more,50,10",
            "40,BrandA,False,Wed Oct 11 10:20:00 +0000 2017,@c1 early,30,10",
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@BrandA hi,\"30,40\","));

        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal(("10", "BrandA", (long?)Twcs.Ms("2017-10-11T10:20:00Z"), 5), (c.SourceKey, c.AccountHandle, c.FirstResponseAtMs, c.Line));
    }

    [Fact]
    public void A_response_before_the_complaint_is_kept_and_flagged()
    {
        ParsedInput p = Twcs.Parse(Csv(
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@Tesco hi,11,",
            "11,Tesco,False,Wed Oct 11 09:58:00 +0000 2017,@c1 hello,,10"));

        Assert.Equal(QualityFlags.NegativeLatency, Assert.Single(p.Complaints).Quality);
        ImportIssue warning = Assert.Single(p.Issues);
        Assert.Equal((IssueKind.Warning, 2), (warning.Kind, warning.Line));
        Assert.Contains("2 min earlier", warning.Reason);
    }

    [Fact]
    public void A_conversation_with_a_rejected_record_is_left_out()
    {
        // Given the brand's reply on line 3 has a bad time: the first response cannot be known
        ParsedInput p = Twcs.Parse(Csv(
            "10,c1,True,Wed Oct 11 10:00:00 +0000 2017,@Tesco hi,11,",
            "11,Tesco,False,Thu Oct 11 10:05:00 +0000 2017,@c1 hello,,10",
            "20,c2,True,Wed Oct 11 11:00:00 +0000 2017,@Tesco hi,21,",
            "21,Tesco,False,Wed Oct 11 11:10:00 +0000 2017,@c2 hello,,20"));

        Assert.Equal("20", Assert.Single(p.Complaints).SourceKey);
        Assert.Equal([(IssueKind.LeftOut, 2), (IssueKind.Rejected, 3)], p.Issues.Select(i => (i.Kind, i.Line)));
        Assert.Contains("rejected on line 3", p.Issues[0].Reason);
    }
}
