namespace BrandPulse.Statistics.Tests;

public sealed class ThreeMinuteShareTests
{
    /// <summary>
    /// The bank call-centre log's proportions: 31,052 callers wanted a person; 25,499 reached one within 3 minutes;
    /// 3,961 gave up, 3,596 of them inside 3 minutes; the other 1,592 reached a person after 3 minutes.
    /// </summary>
    internal static PhoneCall[] BankLog()
    {
        var calls = new List<PhoneCall>();
        calls.AddRange(Enumerable.Repeat(new PhoneCall(60, PhoneOutcome.ReachedPerson), 25_499));
        calls.AddRange(Enumerable.Repeat(new PhoneCall(90, PhoneOutcome.Abandoned), 3_596));
        calls.AddRange(Enumerable.Repeat(new PhoneCall(400, PhoneOutcome.Abandoned), 3_961 - 3_596));
        calls.AddRange(Enumerable.Repeat(new PhoneCall(300, PhoneOutcome.ReachedPerson), 31_052 - 25_499 - 3_961));
        return [.. calls];
    }

    [Fact]
    public void Bank_log_share_is_0_821_with_an_interval_below_0_95_and_the_convention_is_0_929()
    {
        // Given the bank log's proportions
        // When the 3-minute figures are computed
        ThreeMinuteShare figures = ThreeMinuteShare.Of(BankLog());

        // Then 25,499 / 31,052 = 0.82117; Wilson (prop.test(25499, 31052, correct = FALSE)) by hand:
        // centre = (p + z^2/2n) / (1 + z^2/n), half = z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n) -> [0.81687, 0.82539];
        // the convention leaves out the 3,596 early hang-ups: 25,499 / 27,456 = 0.92872.
        Assert.Equal((25_499, 31_052), (figures.Share.Successes, figures.Share.Trials));
        Assert.Equal(0.8211709390699472, figures.Share.Share.Value!.Value, 1e-12);
        Assert.Equal(0.8168690381050205, figures.Share.Share.Lower!.Value, 1e-9);
        Assert.Equal(0.8253933854215783, figures.Share.Share.Upper!.Value, 1e-9);
        Assert.True(figures.Share.Share.Upper < 0.95);
        Assert.Equal("82%", Units.Percent(figures.Share.Share.Value));
        Assert.Equal(3_596, figures.AbandonedBeforeLimit);
        Assert.Equal((25_499, 27_456), (figures.CallCentreConvention.Successes, figures.CallCentreConvention.Trials));
        Assert.Equal(0.929, Math.Round(figures.CallCentreConvention.Share.Value!.Value, 3));
        Assert.Equal(0, figures.Undetermined);
    }

    [Fact]
    public void A_call_reached_at_exactly_three_minutes_counts_and_a_protocol_hang_up_is_a_failure()
    {
        // Given reached at 180 s, reached at 181 s, hung up after the protocol wait at 180 s, busy,
        // and a field call that ended before the protocol wait (censored at 100 s: unknown at 3 minutes)
        PhoneCall[] calls = [new(180, PhoneOutcome.ReachedPerson), new(181, PhoneOutcome.ReachedPerson),
            new(180, PhoneOutcome.HungUpAfterProtocolWait), new(5, PhoneOutcome.BusyNoAnswer),
            new(100, PhoneOutcome.HungUpAfterProtocolWait)];

        // When computed
        ThreeMinuteShare figures = ThreeMinuteShare.Of(calls);

        // Then 1 of the 4 known calls; the early censored call is left out and reported
        Assert.Equal((1, 4), (figures.Share.Successes, figures.Share.Trials));
        Assert.Equal(3, figures.Share.Failures);
        Assert.Equal(1, figures.Undetermined);
        Assert.Equal((1, 4), (figures.CallCentreConvention.Successes, figures.CallCentreConvention.Trials));
    }

    [Fact]
    public void A_hang_up_at_exactly_three_minutes_is_inside_the_limit_for_the_convention()
    {
        // Given (as on the bank log, where 9 of the 3,596 early hang-ups were at exactly 180 s) a person reached at
        // 60 s, a hang-up at exactly 180 s and one at 181 s
        PhoneCall[] calls = [new(60, PhoneOutcome.ReachedPerson), new(180, PhoneOutcome.Abandoned), new(181, PhoneOutcome.Abandoned)];

        // When computed
        ThreeMinuteShare figures = ThreeMinuteShare.Of(calls);

        // Then the convention leaves out the hang-up at 180 s (inside 3 minutes, as a person reached then would count)
        // but not the one at 181 s: 1 / 2; the share counts both as failures: 1 / 3
        Assert.Equal(1, figures.AbandonedBeforeLimit);
        Assert.Equal((1, 2), (figures.CallCentreConvention.Successes, figures.CallCentreConvention.Trials));
        Assert.Equal((1, 3), (figures.Share.Successes, figures.Share.Trials));
    }
}
