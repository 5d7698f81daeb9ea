using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Tests.Import;

/// <summary>
/// The real Kaggle sample (93 tweets). Every expectation here was checked by hand against the raw rows
/// (line numbers are those of <c>grep -n</c> on the file).
/// </summary>
public sealed class TwcsParserTests
{
    private static readonly ParsedInput s_real = Twcs.Real();

    [Fact]
    public void Counts_the_real_sample_exactly()
    {
        // 25 customer tweets with no in_response_to_tweet_id start conversations (lines 2, 4, 14, 16, 24, 26, 28,
        // 30, 34, 36, 38, 42, 44, 52, 56, 58, 65, 67, 69, 75, 82, 88, 92, 94, 97). All but 119237 (line 2) have a
        // brand tweet in their conversation. Every brand tweet replies to something: no brand-started thread.
        // Two tweets reply to tweets not in the file: 119246 -> 119247 (VirginTrains), 119332 -> 119334 (Tesco).
        var expected = new Dictionary<string, long>
        {
            ["tweets"] = 93,
            ["complaints"] = 25,
            ["answered"] = 24,
            ["waiting"] = 0,
            ["unattributed"] = 0,
            ["left_out"] = 1,
            ["brand_started"] = 0,
            ["orphan_replies"] = 2,
            ["rejected"] = 0,
        };

        foreach ((string key, long value) in expected)
        {
            Assert.Equal((key, value), (key, s_real.Counts[key]));
        }

        Assert.Equal(24, s_real.Complaints.Count);
        Assert.All(s_real.Complaints, c => Assert.NotNull(c.FirstResponseAtMs));
        Assert.Equal("twcs:twcs_kaggle_sample", s_real.Source);
        Assert.Equal("twcs_kaggle_sample.csv", s_real.InputName);
    }

    [Fact]
    public void Leaves_out_the_complaint_whose_answer_lies_outside_the_file()
    {
        // Line 2: 119237 (customer, no parent) lists response 119236, which is not in the file; no brand tweet.
        ImportIssue issue = Assert.Single(s_real.Issues);
        Assert.Equal((IssueKind.LeftOut, 2, 1L), (issue.Kind, issue.Line, issue.Record));
        Assert.Contains("answer outside the file", issue.Reason);
        Assert.DoesNotContain(s_real.Complaints, c => c.SourceKey == "119237");
    }

    [Theory]
    // Line 14: 119250 by 105838 at 05:33:17 lists 119249,119251. 119249 (line 13, another customer, 07:37:27) replies
    // to it; AppleSupport's 119248 (line 12, 13:38:29) answers that follow-up, not the first tweet.
    [InlineData("119250", "AppleSupport", "2017-10-11T05:33:17Z", "2017-10-11T13:38:29Z", 14)]
    // Line 34: 119272 at 02:19:23; AppleSupport answered it with 119271 (line 33, 03:26:00); the later AppleSupport
    // 119269 (line 31, 13:30:12) answers the follow-up 119270. Written newest first.
    [InlineData("119272", "AppleSupport", "2017-10-11T02:19:23Z", "2017-10-11T03:26:00Z", 34)]
    // Line 82: 119315 at 12:14:41; Tesco answered 119314 (12:17:02, line 81), then 119311 (13:28:34), 119308 (13:33:07).
    [InlineData("119315", "Tesco", "2017-10-11T12:14:41Z", "2017-10-11T12:17:02Z", 82)]
    // Line 92: 119326 at 23:09:08 on Oct 10, AppleSupport 119325 at 00:19:34 the next day (line 91).
    [InlineData("119326", "AppleSupport", "2017-10-10T23:09:08Z", "2017-10-11T00:19:34Z", 92)]
    // Line 97: 119331 by 105860 at 13:47:14; 105859 replies (119330, line 96); UPSHelp answers that (119329, 13:56:00).
    [InlineData("119331", "UPSHelp", "2017-10-11T13:47:14Z", "2017-10-11T13:56:00Z", 97)]
    // Line 38: 119276's text spans lines 38-40; comcastcares 119275 at 13:42:46.
    [InlineData("119276", "comcastcares", "2017-10-11T13:38:04Z", "2017-10-11T13:42:46Z", 38)]
    public void Finds_the_earliest_brand_tweet_of_the_conversation(
        string tweet, string brand, string complained, string answered, int line)
    {
        ComplaintInput c = Assert.Single(s_real.Complaints, c => c.SourceKey == tweet);
        Assert.Equal(
            (brand, Twcs.Ms(complained), (long?)Twcs.Ms(answered), line),
            (c.AccountHandle, c.ComplainedAtMs, c.FirstResponseAtMs, c.Line));
        Assert.Equal((Channels.Twitter, "twcs:twcs_kaggle_sample", (string?)null), (c.Channel, c.Source, c.Quality));
    }

    [Fact]
    public void A_thread_whose_first_tweet_is_not_in_the_file_is_no_complaint()
    {
        // Lines 5-11, VirginTrains and 105836: 119246 replies to 119247, which is not in the file; every other tweet
        // of the thread replies within it. None of them starts a conversation.
        string[] thread = ["119240", "119241", "119242", "119243", "119244", "119245", "119246"];
        Assert.DoesNotContain(s_real.Complaints, c => thread.Contains(c.SourceKey));
        Assert.DoesNotContain(s_real.Complaints, c => c.AccountHandle == "VirginTrains");
    }

    [Fact]
    public void Observes_until_the_latest_tweet_and_pseudonymizes_the_customer()
    {
        // The latest created_at is 119288 (SpotifyCares, Thu Oct 12 12:09:13 2017).
        Assert.All(s_real.Complaints, c => Assert.Equal(Twcs.Ms("2017-10-12T12:09:13Z"), c.ObservedUntilMs));
        ComplaintInput c = Assert.Single(s_real.Complaints, c => c.SourceKey == "119250");
        Assert.Equal(Pseudonymizer.ForTests().Of("105838"), c.ComplainantPseudonym);
        Assert.NotEqual("105838", c.ComplainantPseudonym);
    }
}
