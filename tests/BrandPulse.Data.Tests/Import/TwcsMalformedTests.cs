using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Tests.Import;

/// <summary>Bad records are reported with their physical line and never stop the good ones; a bad file is fatal.</summary>
public sealed class TwcsMalformedTests
{
    private static readonly string s_realText = File.ReadAllText(Twcs.RealFile, Encoding.UTF8);

    [Fact]
    public void A_bad_created_at_rejects_its_record_and_the_others_import()
    {
        // Given line 33 (AppleSupport's 119271, the answer to 119272 on line 34) with an impossible date
        string broken = s_realText.Replace("119271,AppleSupport,False,Wed Oct 11 03:26:00", "119271,AppleSupport,False,Wed Oct 41 03:26:00");
        Assert.NotEqual(s_realText, broken);

        ParsedInput p = Twcs.Parse(broken);

        ImportIssue rejected = Assert.Single(p.Issues, i => i.Kind == IssueKind.Rejected);
        Assert.Equal((33, "created_at", 32L), (rejected.Line, rejected.Field, rejected.Record));
        Assert.StartsWith("test.csv:33:created_at: created_at 'Wed Oct 41 03:26:00 +0000 2017'", rejected.ToString());
        // 119272 loses its answer, so it is left out; the 23 other answered complaints import as before.
        Assert.Contains(p.Issues, i => i.Kind == IssueKind.LeftOut && i.Line == 34 && i.Reason.Contains("line 33"));
        Assert.Equal((92L, 23L, 2L, 3L), (p.Counts["tweets"], p.Counts["answered"], p.Counts["left_out"], p.Counts["orphan_replies"]));
        Assert.Equal(1, p.Rejected);
    }

    [Fact]
    public void A_semicolon_file_is_fatal()
    {
        string semicolons = Twcs.Header.Replace(',', ';') + "\n1;c1;True;Wed Oct 11 10:00:00 +0000 2017;hi;;\n";

        ImportFormatException e = Assert.Throws<ImportFormatException>(() => Twcs.Parse(semicolons));

        Assert.StartsWith("test.csv:1: expected columns tweet_id,author_id,", e.Message);
        Assert.EndsWith("is the delimiter ';'?", e.Message);
    }

    [Theory]
    [InlineData("tweet_id,author_id,inbound,text,response_tweet_id,in_response_to_tweet_id", "missing created_at")]
    [InlineData("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id,Inbound", "column inbound appears twice")]
    [InlineData("vru+line,call_id,customer_id", "missing tweet_id, author_id, inbound, created_at, text")]
    public void A_missing_or_duplicated_column_is_fatal(string header, string message)
    {
        ImportFormatException e = Assert.Throws<ImportFormatException>(() => Twcs.Parse(header + "\r\n"));

        Assert.Contains(message, e.Message);
        Assert.Equal(1, e.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData(Twcs.Header)]
    [InlineData(Twcs.Header + "\r\n")]
    [InlineData("\uFEFF" + Twcs.Header + "\n\n")]
    public void An_empty_or_header_only_file_has_no_complaints(string csv)
    {
        ParsedInput p = Twcs.Parse(csv);

        Assert.Empty(p.Complaints);
        Assert.Empty(p.Issues);
        Assert.Equal(0, p.Counts["tweets"]);
    }

    [Fact]
    public void Invalid_utf8_rejects_the_record_instead_of_becoming_a_replacement_character()
    {
        byte[] head = Encoding.UTF8.GetBytes(Twcs.Header + "\n1,c1,True,Wed Oct 11 10:00:00 +0000 2017,\"caf");
        byte[] tail = Encoding.UTF8.GetBytes("\n@Tesco\",,\n2,c2,True,Wed Oct 11 10:00:00 +0000 2017,@Tesco ok,,\n");

        ParsedInput p = Twcs.Parse([.. head, 0xE9, .. tail], "Tesco");

        ImportIssue issue = Assert.Single(p.Issues);
        Assert.Equal("test.csv:2:text: invalid UTF-8 at byte 3 of the field", issue.ToString());
        Assert.Equal("2", Assert.Single(p.Complaints).SourceKey);
        Assert.Equal(4, p.Complaints[0].Line);
    }

    [Fact]
    public void No_issue_message_quotes_tweet_text_or_customer_ids()
    {
        // Given the real file with every kind of trouble added at its end
        string messy = s_realText
            + "900001,105999,True,Wed Oct 11 10:00:00 +0000 2017,\"secret words, nothing branded\",,\r\n"
            + "900002,105998,maybe,Wed Oct 11 10:00:00 +0000 2017,private grievance text,,\r\n"
            + "900003,105997,True,yesterday,more private grievance text,,\r\n"
            + "900004,105996,True,Wed Oct 11 10:00:00 +0000 2017,@Tesco zebra\"stripes,,\r\n"
            + "900005,105995,True,Wed Oct 11 10:00:00 +0000 2017,too few fields\r\n"
            + "119237,105994,True,Wed Oct 11 10:00:00 +0000 2017,a duplicate id,,\r\n"
            + "900006,105993,True,Wed Oct 11 10:00:00 +0000 2017,@Tesco early answer,900007,\r\n"
            + "900007,Tesco,False,Wed Oct 11 09:00:00 +0000 2017,@105993 hi,,900006\r\n";

        ParsedInput p = Twcs.Parse(messy);

        Assert.Equal(
            [IssueKind.LeftOut, IssueKind.Unattributed, IssueKind.Rejected, IssueKind.Rejected, IssueKind.Rejected,
             IssueKind.Rejected, IssueKind.Rejected, IssueKind.Warning],
            p.Issues.Select(i => i.Kind));
        string[] secrets = ["secret", "nothing branded", "private", "grievance", "zebra", "stripes", "few fields", "duplicate", "early answer",
            "105999", "105998", "105997", "105996", "105995", "105994", "105993", "105834", "@AppleSupport", "causing"];
        foreach (ImportIssue issue in p.Issues)
        {
            Assert.DoesNotContain(secrets, s => issue.ToString().Contains(s, StringComparison.OrdinalIgnoreCase) && Fail(issue, s));
        }

        Assert.Contains(p.Issues, i => i.Reason.Contains("inbound 'maybe'")); // ids, times and booleans may be quoted
    }

    private static bool Fail(ImportIssue issue, string secret) => throw new Xunit.Sdk.XunitException($"{secret} in {issue}");
}
