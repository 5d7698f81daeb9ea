using System.Globalization;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Tests.Calls;

/// <summary>Broken, odd and borderline calls: each reported with its physical line while the others import.</summary>
public sealed class CallCenterHostileTests
{
    private static long Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    [Fact]
    public void Bad_rows_are_reported_with_their_line_and_the_rest_import()
    {
        // Given
        string[] rows =
        [
            CallLog.Row("1", "990201 7:02:47 7:02:56 9 0:00:00 0:00:00 0 AGENT 7:02:55 7:05:41 166 DORIT"),   // line 2
            CallLog.Row("2", "990201 7:6x:00 7:02:56 9 0:00:00 0:00:00 0 AGENT 7:02:55 7:05:41 166 DORIT"),   // line 3: bad time
            "AA0101\t3\t0\t0\tPS\t990201\t7:10:00",                                                              // line 4: truncated
            CallLog.Row("4", "990201 9:00:00 9:00:10 10 9:00:10 9:01:00 50 PHANTOM 9:01:00 9:02:00 60 X"),     // line 5: phantom
            CallLog.Row("5", "990201 9:10:00 9:10:10 10 0:00:00 0:00:00 0 HANG 0:00:00 0:00:00 0 NO_SERVER"),  // line 6: self-service
            CallLog.Row("6", "990201 9:20:00 9:20:10 10 9:20:10 9:21:10 60 HANG 0:00:00 0:00:00 0 NO_SERVER"),  // line 7: hung up queued
            CallLog.Row("7", "990201 9:30:00 9:30:10 10 9:30:10 9:31:10 60 AGENT 9:31:10 9:32:10 99 X"),      // line 8: ser_exit off
            CallLog.Row("1", "990201 9:40:00 9:40:10 10 0:00:00 0:00:00 0 AGENT 9:40:10 9:41:00 50 X"),       // line 9: repeated id
            CallLog.Row("9", "990201 9:50:00 9:50:10 10 9:50:10 9:51:10 60 AGENT 0:00:00 0:00:00 0 X"),       // line 10: no answer time
            CallLog.Row("10", "990201 9:55:00 9:55:10 10 9:55:10 9:55:20 10 MAYBE 0:00:00 0:00:00 0 X"),      // line 11: outcome
        ];

        // When
        ParsedInput p = CallLog.Parse(rows);

        // Then
        Assert.Equal(
            [
                "calls.txt:3:vru_entry: vru_entry '7:6x:00' is not a time H:MM:SS",
                "calls.txt:4: expected 17 tab-separated fields, found 7 (a truncated row?)",
                "calls.txt:8:ser_exit: ser_exit 9:32:10 is not ser_start 9:31:10 + ser_time 99 s",
                "calls.txt:9:call_id: call 990201/AA0101/1 repeats the call on line 2",
                "calls.txt:10:ser_start: AGENT call without ser_start (0:00:00 with ser_time 0): when a human answered is not recorded",
                "calls.txt:11:outcome: outcome 'MAYBE' is not AGENT, HANG or PHANTOM",
            ],
            p.Issues.Select(i => i.ToString()));
        Assert.Equal([2, 7], p.Complaints.Select(c => c.Line));
        Assert.Equal((10L, 1L, 1L, 1L, 5L), (p.Counts["calls"], p.Counts["phantom"], p.Counts["self_service"], p.Counts["hung_up_in_queue"], p.Counts["rejected"]));
        ComplaintInput hung = p.Complaints[1];
        Assert.Equal((Utc("1999-02-01T07:20:00Z"), null, Utc("1999-02-01T07:21:10Z")), (hung.ComplainedAtMs, hung.FirstResponseAtMs, hung.ObservedUntilMs));
        Assert.Equal(AnswerKinds.RobotOnly, hung.ResponseKind);
    }

    [Fact]
    public void Calls_crossing_midnight_are_answered_the_next_day()
    {
        ParsedInput p = CallLog.Parse(
        [
            CallLog.Row("1", "990215 23:59:50 0:00:05 15 0:00:05 0:00:20 15 AGENT 0:00:20 0:01:00 40 X"),
            CallLog.Row("2", "990215 23:58:00 23:58:10 10 23:58:10 0:03:10 300 HANG 0:00:00 0:00:00 0 NO_SERVER"),
        ]);

        Assert.Empty(p.Issues);
        Assert.Equal(30_000, p.Complaints[0].FirstResponseAtMs - p.Complaints[0].ComplainedAtMs);
        Assert.Equal(Utc("1999-02-15T22:00:20Z"), p.Complaints[0].FirstResponseAtMs);
        Assert.Equal(310_000, p.Complaints[1].ObservedUntilMs - p.Complaints[1].ComplainedAtMs);
        Assert.Equal(2, p.Counts["crossed_midnight"]);
    }

    [Fact]
    public void A_real_midnight_is_a_time_where_its_duration_is_not_zero()
    {
        ParsedInput p = CallLog.Parse(
        [
            // the real file's line 2639: the queue starts at midnight exactly (q_time 27)
            CallLog.Row("1", "990215 23:59:54 23:59:54 0 0:00:00 0:00:27 27 AGENT 0:00:26 0:01:33 67 AVNI"),
            // a call entering the voice menu at midnight
            CallLog.Row("2", "990216 0:00:00 0:00:10 10 0:00:00 0:00:00 0 AGENT 0:00:09 0:02:00 111 X"),
        ]);

        Assert.Empty(p.Issues);
        Assert.Equal(32_000, p.Complaints[0].FirstResponseAtMs - p.Complaints[0].ComplainedAtMs);
        Assert.Equal(Utc("1999-02-15T22:00:00Z"), p.Complaints[1].ComplainedAtMs);
        Assert.Equal(9_000, p.Complaints[1].FirstResponseAtMs - p.Complaints[1].ComplainedAtMs);
    }

    [Fact]
    public void Daylight_saving_gaps_and_overlaps_reject_the_call_instead_of_shifting_it()
    {
        ParsedInput p = CallLog.Parse(
        [
            CallLog.Row("1", "240331 2:30:00 2:30:10 10 2:30:10 2:31:00 50 AGENT 2:31:00 2:35:00 240 X"),   // line 2: never happened
            CallLog.Row("2", "241027 2:30:00 2:30:10 10 2:30:10 2:31:00 50 AGENT 2:31:00 2:35:00 240 X"),   // line 3: happened twice
            CallLog.Row("3", "241027 1:59:50 2:00:00 10 2:00:00 2:00:20 20 AGENT 2:00:20 2:05:00 280 X"),   // line 4: answer twice
            CallLog.Row("4", "240331 1:00:00 1:00:10 10 1:00:10 1:01:00 50 AGENT 1:01:00 1:05:00 240 X"),   // line 5: fine (CET)
            CallLog.Row("5", "240331 3:00:00 3:00:10 10 3:00:10 3:01:00 50 AGENT 3:01:00 3:05:00 240 X"),   // line 6: fine (CEST)
        ], zone: "Europe/Berlin");

        Assert.Equal(
            [
                "calls.txt:2:vru_entry: 2024-03-31 02:30:00 does not exist in Europe/Berlin (the clocks skipped it)",
                "calls.txt:3:vru_entry: 2024-10-27 02:30:00 happened twice in Europe/Berlin (the clocks went back): its offset is ambiguous",
                "calls.txt:4:ser_start: 2024-10-27 02:00:20 happened twice in Europe/Berlin (the clocks went back): its offset is ambiguous",
            ],
            p.Issues.Select(i => i.ToString()));
        Assert.Equal([Utc("2024-03-31T00:00:00Z"), Utc("2024-03-31T01:00:00Z")], p.Complaints.Select(c => c.ComplainedAtMs));
    }

    [Fact]
    public void A_comma_separated_file_is_fatal_with_a_hint()
    {
        ImportFormatException e = Assert.Throws<ImportFormatException>(() => CallLog.Parse(CallLog.Header.Replace('\t', ',') + "\r\n"));

        Assert.StartsWith("calls.txt:1: expected tab-separated columns vru+line call_id date", e.Message);
        Assert.EndsWith("the columns must be separated by tabs", e.Message);
    }

    [Fact]
    public void Keys_sources_and_brand_follow_the_file()
    {
        ParsedInput p = CallLog.Parse([CallLog.Row("34536", "990201 7:02:47 7:02:56 9 0:00:00 0:00:00 0 AGENT 7:02:55 7:05:41 166 DORIT")]);

        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal(("calls:calls", "990201/AA0101/34536", "Bank", (string?)null), (c.Source, c.SourceKey, c.BrandName, c.AccountHandle));
        Assert.Equal((Utc("1999-02-01T05:02:47Z"), Utc("1999-02-01T05:02:55Z")), (c.ComplainedAtMs, c.FirstResponseAtMs!.Value));
        Assert.Equal((AnswerKinds.Human, c.FirstResponseAtMs, c.FirstResponseAtMs), (c.ResponseKind, c.FirstSubstantiveAtMs, c.ObservedUntilMs));
    }
}
