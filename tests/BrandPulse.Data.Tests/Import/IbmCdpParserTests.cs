using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Ibm;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Tests.Import;

/// <summary>
/// The real IBM file (525 conversations, 24 brands). Counts and times were checked by hand and with Python's json
/// module against the raw file.
/// </summary>
public sealed class IbmCdpParserTests
{
    private static readonly ParsedInput s_real =
        IbmCdpParser.Parse(SharedData.Path("ibm_twitter_cdp_dev.json"), Pseudonymizer.ForTests());

    [Fact]
    public void Counts_the_real_file_exactly()
    {
        // 61 agent turns lie in 43 conversations; the other 482 are answered only by their agentURL tweet.
        Assert.Equal(
            (525L, 525L, 43L, 482L, 0L, 1L),
            (s_real.Counts["conversations"], s_real.Counts["complaints"], s_real.Counts["answered_by_agent_turn"],
             s_real.Counts["answered_by_agent_url"], s_real.Counts["rejected"], s_real.Counts["selected_because_answered"]));
        Assert.Empty(s_real.Issues);
        Assert.Equal(24, s_real.Complaints.Select(c => c.AccountHandle).Distinct().Count());
        Assert.All(s_real.Complaints, c => Assert.Equal((IbmCdpParser.Source, Channels.Twitter), (c.Source, c.Channel)));
        // The latest time is an agentURL snowflake: 2020-04-02T20:45:28.326Z.
        Assert.All(s_real.Complaints, c => Assert.Equal(1585860328326, c.ObservedUntilMs));
    }

    [Fact]
    public void An_answer_by_agentURL_takes_the_snowflake_time_of_its_tweet()
    {
        // Conversation [0], line 2: CinVakas to TeamYouTube at 2020-04-01T17:31:32.000Z; agentURL tweet
        // 1245425308704149506 >> 22 = 296932532478, + 1288834974657 = 1585767507135 = 18:58:27.135Z, which agrees
        // with the header (17:31:32 + duration 01:26:55).
        ComplaintInput c = s_real.Complaints[0];
        Assert.Equal(
            ("LgwAXtbbEm0mBvDrGmjk", "TeamYouTube", Twcs.Ms("2020-04-01T17:31:32Z"), (long?)Twcs.Ms("2020-04-01T18:58:27.135Z"), 2),
            (c.SourceKey, c.AccountHandle, c.ComplainedAtMs, c.FirstResponseAtMs, c.Line));
        Assert.Equal(Pseudonymizer.ForTests().Of("CinVakas"), c.ComplainantPseudonym);
    }

    [Fact]
    public void An_answer_by_an_agent_turn_takes_its_datetime()
    {
        // Conversation [8]: Cmcfarlane67 at 18:34:50, RockstarSupport's agent turn at 18:43:36 (the client's "PS4"
        // at 20:57:34 and the agentURL tweet come later).
        ComplaintInput c = Assert.Single(s_real.Complaints, c => c.SourceKey == "Qt4M3sXkR71V9CT9Xr5U");
        Assert.Equal(
            ("RockstarSupport", Twcs.Ms("2020-03-20T18:34:50Z"), (long?)Twcs.Ms("2020-03-20T18:43:36Z")),
            (c.AccountHandle, c.ComplainedAtMs, c.FirstResponseAtMs));
        Assert.Same(c, s_real.Complaints[8]);
    }

    [Fact]
    public void A_bad_conversation_is_rejected_with_its_index_and_field()
    {
        string json = """
            [
              {"dialogHeader": {"company": "A", "sessionID": "s1"},
               "dialogContent": [{"client": "c", "datetime": "2020-04-01T17:31:32.000Z", "tweet_ID": "1"}],
               "agentURL": {"tweet_ID": "1245425308704149506"}},
              {"dialogHeader": {"company": "B", "sessionID": "s2"},
               "dialogContent": [{"client": "c", "datetime": "April 1st", "tweet_ID": "1"}],
               "agentURL": {"tweet_ID": "1245425308704149506"}},
              {"dialogHeader": {"company": "C", "sessionID": "s3"},
               "dialogContent": [{"agent": "C", "datetime": "2020-04-01T17:31:32Z", "tweet_ID": 2}]}
            ]
            """;

        ParsedInput p = Parse(json);

        Assert.Equal("s1", Assert.Single(p.Complaints).SourceKey);
        Assert.Equal(
            [(5, "[1].dialogContent[0].datetime", 1L), (8, "[2].dialogContent", 2L)],
            p.Issues.Select(i => (i.Line, i.Field!, i.Record!.Value)));
        Assert.All(p.Issues, i => Assert.Equal(IssueKind.Rejected, i.Kind));
    }

    [Theory]
    [InlineData("[{\"dialogHeader\": {}},]", 1)]
    [InlineData("[\n// comment\n]", 2)]
    [InlineData("{\"a\": 1}", 1)]
    [InlineData("[] []", 1)]
    public void Malformed_json_is_fatal_with_its_line(string json, int line)
    {
        ImportFormatException e = Assert.Throws<ImportFormatException>(() => Parse(json));

        Assert.Equal(("test.json", line), (e.File, e.Line));
    }

    [Fact]
    public void An_empty_array_has_no_complaints() => Assert.Empty(Parse("[]").Complaints);

    private static ParsedInput Parse(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return IbmCdpParser.Parse(stream, "test.json", Pseudonymizer.ForTests());
    }
}
