using BrandPulse.Data.Model;
using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Tests.Computation;

/// <summary>The Ley 10/2025 figures of one brand, on complaints made up for the purpose.</summary>
public sealed class LawComputationTests
{
    private static readonly Brand s_brand = new(1, "acme", "Acme", null, "test", null);
    private static readonly long s_jan11 = new DateTimeOffset(2027, 1, 11, 10, 0, 0, TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();
    private static readonly long s_dec1 = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();

    private static Campaign Campaign(bool illustrative) => new("c1", "Campaign one", illustrative, new DateOnly(2026, 12, 1),
        new DateOnly(2026, 12, 31), "ES-MD", "Europe/Madrid", new CampaignProtocol(180, 900, 3, ["09:00-11:00"], 40), []);

    /// <summary>A field call connected at <paramref name="at"/>, ended <paramref name="seconds"/> later with <paramref name="outcome"/>.</summary>
    private static ComplaintRow Call(long at, int seconds, string outcome, string volunteer, bool illustrative, long? askedAt = null) => new(
        1, Channels.Phone, "field:c1", at, outcome == PhoneOutcomes.ReachedPerson ? at + (seconds * 1000L) : null, at + (seconds * 1000L),
        null, null, illustrative, Outcome: outcome, AskedPersonAtMs: askedAt, MenuOfferedPerson: true, ComplaintLanguage: "ca",
        AnswerLanguage: outcome == PhoneOutcomes.ReachedPerson ? "es" : null, Campaign: "c1", ContributorPseudonym: volunteer);

    [Fact]
    public void Field_calls_hung_up_after_the_protocol_wait_are_not_reached_and_early_hang_ups_are_left_out()
    {
        // Given 12 field calls of a real campaign made in January 2027 by two volunteers: 9 reached a person at 60 s (asked at 20 s),
        // one hung up after the protocol's 180 s wait (at 200 s), one hung up at 100 s (breaking the protocol), one cut at 50 s
        Campaign campaign = Campaign(illustrative: false);
        List<ComplaintRow> rows = [.. Enumerable.Range(0, 9).Select(i => Call(s_jan11 + (i * 600_000L), 60, PhoneOutcomes.ReachedPerson, "v1", false, s_jan11 + (i * 600_000L) + 20_000)),
            Call(s_jan11 + 9_000_000, 200, PhoneOutcomes.Abandoned, "v2", false),
            Call(s_jan11 + 9_600_000, 100, PhoneOutcomes.Abandoned, "v2", false),
            Call(s_jan11 + 10_200_000, 50, PhoneOutcomes.CutOff, "v1", false)];

        // When the brand's phone figures are computed
        (ChannelLawFigures law, BootstrapMedians? medians) = LawComputation.Of(s_brand, Channels.Phone, rows,
            new Dictionary<string, Campaign> { ["c1"] = campaign }, illustrative: false);

        // Then 9 of the 11 protocol calls reached a person within 3 minutes; the early hang-up is left out and counted
        PhoneLawFigures phone = law.Phone!;
        Assert.Equal((9, 11), (phone.ThreeMinutes.Share.Successes, phone.ThreeMinutes.Share.Trials));
        Assert.Equal(1, phone.BrokeProtocol);
        Assert.Equal(1, phone.Outcomes["hung_up_after_wait"]);
        Assert.Equal(LawVerdict.Below, phone.Verdict.Verdict); // 9/11: Wilson upper 0.9486, below the mark
        // the curve censors the hang-up after the wait: reaching a person by 60 s is 9/11, and stays there
        Assert.Equal(9 / 11.0, phone.Curve.Single(p => p.Seconds == 60).ReachedPerson, 1e-12);
        Assert.Equal(60.0, phone.Median.Seconds);
        Assert.Equal(1.0, medians!.Point);
        // and the field rules: asked-to-person 40 s for the 9 (all within 3 minutes), 1 cut call, the language served was not the one asked
        Assert.Equal((9, 9), (phone.Field!.AskedToPerson.Share.Successes, phone.Field.AskedToPerson.Share.Trials));
        Assert.Equal(1, phone.Field.NotCutOff.Failures);
        Assert.Equal((0, 9), (phone.Field.ServedInLanguageAsked.Successes, phone.Field.ServedInLanguageAsked.Trials));
        Assert.Equal(2, law.Volunteers);
        Assert.Equal(["c1"], law.Campaigns);
        Assert.False(law.StartingPoint); // made in January 2027, after the law applied
    }

    [Fact]
    public void Illustrative_field_data_never_gets_a_verdict_and_calls_before_the_law_applied_are_the_starting_point()
    {
        // Given 12 illustrative field calls made on 1 December 2026, all reached in 4 minutes
        Campaign campaign = Campaign(illustrative: true);
        List<ComplaintRow> rows = [.. Enumerable.Range(0, 12).Select(i => Call(s_dec1 + (i * 600_000L), 240, PhoneOutcomes.ReachedPerson, "v1", true))];

        // When computed
        (ChannelLawFigures law, _) = LawComputation.Of(s_brand, Channels.Phone, rows, new Dictionary<string, Campaign> { ["c1"] = campaign }, illustrative: true);

        // Then no verdict, though every call was slower than 3 minutes; and the figures are the starting point
        Assert.Equal("not_applicable", law.Phone!.Verdict.MachineValue);
        Assert.Equal("not_applicable", law.Phone.AskedVerdict?.MachineValue ?? "not_applicable");
        Assert.True(law.StartingPoint);
    }

    [Fact]
    public void Written_complaints_count_working_days_a_deadline_in_2027_is_bounded_and_one_beyond_it_is_left_out_and_counted()
    {
        // Given e-mails sent on Tuesday 1 December 2026: one answered on 4 December, one only acknowledged automatically
        // and observed until 31 December (deadline passed: late); one sent on 20 December, whose 15th working day falls
        // in January 2027 (a year bounded until its BOE calendar is held), still open on 31 December; and one sent on
        // 20 December 2027, due in 2028, a year neither held nor bounded
        long dec20 = new DateTimeOffset(2026, 12, 20, 10, 0, 0, TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();
        long dec31 = new DateTimeOffset(2026, 12, 31, 10, 0, 0, TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();
        long dec20Next = new DateTimeOffset(2027, 12, 20, 10, 0, 0, TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();
        List<ComplaintRow> rows =
        [
            new(1, Channels.Email, "manual", s_dec1, s_dec1 + (3 * 86_400_000L), s_dec1 + (3 * 86_400_000L), null, null, false),
            new(1, Channels.Email, "manual", s_dec1, s_dec1 + 60_000, dec31, AnswerKinds.Automatic, null, false),
            new(1, Channels.Email, "manual", dec20, null, dec31, null, null, false),
            new(1, Channels.Email, "manual", dec20Next, null, dec20Next, null, null, false),
        ];

        // When computed (never a crash)
        (ChannelLawFigures law, _) = LawComputation.Of(s_brand, Channels.Email, rows, new Dictionary<string, Campaign>(), illustrative: false);

        // Then one on time, one late (an automatic acknowledgement is not an answer), one open (censored at the 7
        // working days ended by 31 December: 21-24, 28-30), and the 2028 one left out and counted. KM: the answer at
        // day 4 with 3 at risk -> S = 2/3; the open one and the late one are censored after it: share 1/3.
        WrittenLawFigures written = law.Written!;
        Assert.Equal((3, 1, 1, 1, 0), (written.Figures.N, written.Figures.OnTime, written.Figures.Late, written.Figures.Open, written.Figures.Undetermined));
        Assert.Equal(1, written.NoCalendar);
        Assert.Equal(1.0 / 3, written.Figures.AnsweredOnTime.Value!.Value, 1e-12);
        Assert.Equal(["ES-MD"], written.Regions);
        Assert.Null(law.Phone);
    }
}
