using System.Globalization;
using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Tests.Calls;

/// <summary>The generic call log: one call a row, answered by a human or abandoned, exactly one of them.</summary>
public sealed class CallLogParserTests
{
    private const string Header = "brand,number_called,started_at,answered_at,abandoned_at,ref";
    private static readonly long s_now = Utc("2025-01-01T00:00:00Z");

    private static long Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    private static ParsedInput Parse(string text, string? zone = null) =>
        CallLogParser.Parse(Encoding.UTF8.GetBytes(text), "shopper.csv", zone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zone), s_now);

    [Fact]
    public void Answered_and_abandoned_calls_import_and_bad_rows_are_reported()
    {
        ParsedInput p = Parse(Header + "\n"
            + "Acme,+49 30 1234,2024-05-02T09:00:00+02:00,2024-05-02T09:12:30+02:00,,A1\n"     // line 2
            + "Acme,+49 30 1234,2024-05-02T10:00:00Z,,2024-05-02T10:04:00Z,\n"                   // line 3
            + "Acme,+49 30 1234,2024-05-02T11:00:00,2024-05-02T11:05:00,,A3\n"                   // line 4: no offset
            + "Acme,+49 30 1234,2024-05-02T12:00:00Z,2024-05-02T12:01:00Z,2024-05-02T12:02:00Z,A4\n"  // line 5: both
            + "Acme,+49 30 1234,2024-05-02T13:00:00Z,,,A5\n"                                     // line 6: neither
            + "Acme,+49 30 1234,2024-05-02T14:00:00Z,2024-05-02T13:59:00Z,,A6\n");               // line 7: before

        Assert.Equal(
            [
                "shopper.csv:4:started_at: '2024-05-02T11:00:00' has no UTC offset: give --time-zone (e.g. Europe/Berlin) or write it like 2024-05-02T09:00:00+02:00",
                "shopper.csv:4:answered_at: '2024-05-02T11:05:00' has no UTC offset: give --time-zone (e.g. Europe/Berlin) or write it like 2024-05-02T09:00:00+02:00",
                "shopper.csv:5:answered_at: both answered_at and abandoned_at: give exactly one",
                "shopper.csv:6:answered_at: neither answered_at nor abandoned_at: give exactly one",
                "shopper.csv:7:answered_at: before started_at",
            ],
            p.Issues.Select(i => i.ToString()));
        Assert.Equal(2, p.Complaints.Count);
        ComplaintInput answered = p.Complaints[0], abandoned = p.Complaints[1];
        Assert.Equal(("call-log:shopper", "A1", Channels.Phone, "Acme"), (answered.Source, answered.SourceKey, answered.Channel, answered.BrandName));
        Assert.Equal(750_000, answered.FirstResponseAtMs - answered.ComplainedAtMs);
        Assert.Equal(AnswerKinds.Human, answered.ResponseKind);
        Assert.Null(abandoned.FirstResponseAtMs);
        Assert.Equal(240_000, abandoned.ObservedUntilMs - abandoned.ComplainedAtMs);
        Assert.StartsWith("auto-", abandoned.SourceKey);
        Assert.Equal((PhoneOutcomes.ReachedPerson, PhoneOutcomes.Abandoned), (answered.Outcome, abandoned.Outcome));
    }

    [Fact]
    public void Times_without_offset_are_read_in_the_given_zone_and_gaps_are_rejected()
    {
        ParsedInput p = Parse(Header + "\r\n"
            + "Acme,1,2024-05-02 11:00:00,2024-05-02 11:05:00,,A\r\n"
            + "Acme,1,2024-03-31 02:30:00,2024-03-31 03:05:00,,B\r\n", "Europe/Berlin");

        Assert.Equal("shopper.csv:3:started_at: 2024-03-31 02:30:00 does not exist in Europe/Berlin (the clocks skipped it)", Assert.Single(p.Issues).ToString());
        Assert.Equal(Utc("2024-05-02T09:00:00Z"), Assert.Single(p.Complaints).ComplainedAtMs);
    }

    [Fact]
    public void The_same_call_without_a_ref_gets_the_same_key_in_any_offset()
    {
        ParsedInput p = Parse(Header + "\n"
            + "Acme,1,2024-05-02T09:00:00+02:00,2024-05-02T09:10:00+02:00,,\n"
            + "Acme,1,2024-05-02T07:00:00Z,2024-05-02T07:10:00Z,,\n");

        Assert.Single(p.Complaints);
        Assert.Equal("shopper.csv:3: the same call as line 2", Assert.Single(p.Issues).ToString());
    }

    [Fact]
    public void A_missing_column_is_fatal()
    {
        ImportFormatException e = Assert.Throws<ImportFormatException>(() => Parse("brand,started_at,answered_at\nAcme,x,y\n"));

        Assert.StartsWith("shopper.csv:1: missing column number_called, abandoned_at", e.Message);
    }
}
