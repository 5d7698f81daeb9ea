using System.Data.Common;
using System.Globalization;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Calls;

/// <summary>The real call-centre log (33,344 calls, February 1999), read from ../shared/data and never copied.</summary>
public sealed class CallCenterRealFileTests
{
    private static readonly Lazy<ParsedInput> s_parsed = new(() => CallCenterParser.Parse(CallLog.RealFile, "Bank", CallLog.Jerusalem));

    [Fact]
    public void Counts_calls_per_outcome_and_self_service_as_a_plain_split_does()
    {
        // Given the file split by hand
        string[][] rows = [.. File.ReadAllLines(CallLog.RealFile).Skip(1).Select(l => l.Split('\t'))];
        int Count(Func<string[], bool> p) => rows.Count(p);

        // When
        ParsedInput p = s_parsed.Value;

        // Then
        Assert.Equal(33_344, p.Counts["calls"]);
        Assert.Equal(Count(r => r[12] == "AGENT"), p.Counts["agent"]);
        Assert.Equal(Count(r => r[12] == "HANG"), p.Counts["hang"]);
        Assert.Equal(Count(r => r[12] == "PHANTOM"), p.Counts["phantom"]);
        Assert.Equal((27_162L, 5_904L, 278L), (p.Counts["agent"], p.Counts["hang"], p.Counts["phantom"]));
        Assert.Equal(Count(r => r[12] == "HANG" && r[9] == "0:00:00" && r[11] == "0"), p.Counts["self_service"]);
        Assert.Equal(1_941, p.Counts["self_service"]);
    }

    [Fact]
    public void Rejects_calls_whose_voice_menu_time_is_negative_and_leaves_out_agent_calls_without_an_answer_time()
    {
        ParsedInput p = s_parsed.Value;

        // 25 rows have vru_exit before vru_entry (vru_time < 0); 2 of them are PHANTOM and skipped anyway.
        ImportIssue[] rejected = [.. p.Issues.Where(i => i.Kind == IssueKind.Rejected)];
        Assert.Equal(23, rejected.Length);
        Assert.All(rejected, i => Assert.Equal("vru_time", i.Field));
        Assert.Contains(rejected, i => i.ToString().StartsWith("anonymous_bank_callcenter_1999_02.txt:2047:vru_time: vru_time is negative (-57 s)", StringComparison.Ordinal));
        ImportIssue[] leftOut = [.. p.Issues.Where(i => i.Kind == IssueKind.LeftOut)];
        Assert.Equal(50, leftOut.Length);
        Assert.Contains(leftOut, i => i.Line == 112 && i.Field == "ser_start");
        Assert.Equal(p.Counts["calls"],
            p.Complaints.Count + p.Issues.Count + p.Counts["self_service"] + p.Counts["phantom"]);
    }

    [Fact]
    public void Median_wait_to_a_human_matches_an_independent_computation()
    {
        // Given the waits computed the plain way: seconds from vru_entry to ser_start, a day added when the clock wrapped
        var expected = new List<int>();
        foreach (string[] r in File.ReadAllLines(CallLog.RealFile).Skip(1).Select(l => l.Split('\t')))
        {
            bool served = r[13] != "0:00:00" || r[15] != "0";
            if (r[12] == "AGENT" && served && int.Parse(r[8], CultureInfo.InvariantCulture) >= 0)
            {
                int wait = (int)(TimeSpan.Parse(r[13], CultureInfo.InvariantCulture) - TimeSpan.Parse(r[6], CultureInfo.InvariantCulture)).TotalSeconds;
                expected.Add(wait < 0 ? wait + 86_400 : wait);
            }
        }

        expected.Sort();

        // When the file is stored and read back
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(s_parsed.Value);
        List<long> stored = db.Query<long>("""
            SELECT (first_response_at_ms - complained_at_ms) / 1000 FROM complaint
            WHERE source = 'calls:anonymous_bank_callcenter_1999_02' AND first_response_at_ms IS NOT NULL
            ORDER BY 1;
            """).AsList();

        // Then
        Assert.Equal(27_091, expected.Count);
        Assert.Equal(expected.Count, stored.Count);
        Assert.Equal(16, expected[expected.Count / 2]);
        Assert.Equal(expected[expected.Count / 2], stored[stored.Count / 2]);
        Assert.Equal(expected.Sum(w => (long)w), stored.Sum());
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM complaint WHERE first_response_at_ms IS NOT NULL AND (response_kind <> 'human' OR first_substantive_at_ms <> first_response_at_ms OR observed_until_ms <> first_response_at_ms)"));
    }

    [Fact]
    public void Callers_who_hung_up_in_the_queue_gave_up_at_the_hang_up()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(s_parsed.Value);

        // Line 5: AA0101 34539 on 990201, vru_entry 8:09:16, hung up at q_exit 8:09:27 (Israel, UTC+2)
        var row = db.QuerySingle<(long Complained, long? Answered, long Until, string Kind, string Channel, string Outcome)>("""
            SELECT complained_at_ms, first_response_at_ms, observed_until_ms, response_kind, channel, outcome FROM complaint
            WHERE source_key = '990201/AA0101/34539';
            """);
        Assert.Equal(DateTimeOffset.Parse("1999-02-01T06:09:16Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), row.Complained);
        Assert.Null(row.Answered);
        Assert.Equal(11_000, row.Until - row.Complained);
        Assert.Equal((AnswerKinds.RobotOnly, Channels.Phone, PhoneOutcomes.Abandoned), (row.Kind, row.Channel, row.Outcome));
        Assert.Equal(3_961, db.ExecuteScalar<long>("SELECT count(*) FROM complaint WHERE first_response_at_ms IS NULL"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM complaint WHERE first_response_at_ms IS NULL AND observed_until_ms - complained_at_ms > 86400000"));
    }

    [Fact]
    public void Every_stored_call_has_an_outcome_reached_person_exactly_when_a_human_answered()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(s_parsed.Value);

        var outcomes = db.Query<(string Outcome, long Calls, long Answered)>("""
            SELECT outcome, count(*), count(first_response_at_ms) FROM complaint GROUP BY outcome ORDER BY outcome;
            """).AsList();

        // 31,052 callers wanted a person: 27,091 reached one, 3,961 gave up in the queue (issue 13's figures)
        Assert.Equal([(PhoneOutcomes.Abandoned, 3_961L, 0L), (PhoneOutcomes.ReachedPerson, 27_091L, 27_091L)], outcomes);
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM complaint WHERE dialed_at_ms IS NOT NULL OR campaign IS NOT NULL"));
    }

    [Fact]
    public void Importing_the_file_again_adds_nothing()
    {
        using DbConnection db = Database.OpenInMemory();
        ImportSummary first = new ImportSession(db).Write(s_parsed.Value);
        string before = Dump(db);

        ImportSummary second = new ImportSession(db).Write(CallCenterParser.Parse(CallLog.RealFile, "Bank", CallLog.Jerusalem));

        Assert.Equal((31_052, 0), (first.Accepted, first.Duplicates));
        Assert.Equal((0, 0, 31_052), (second.Accepted, second.Updated, second.Duplicates));
        Assert.Equal(before, Dump(db));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM brand"));
    }

    private static string Dump(DbConnection db) => string.Join('\n', db.Query<string>("""
        SELECT source || '|' || source_key || '|' || complained_at_ms || '|' || ifnull(first_response_at_ms, '') || '|' || observed_until_ms
        FROM complaint ORDER BY source, source_key;
        """));
}
