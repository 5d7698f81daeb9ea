namespace BrandPulse.Statistics.Tests;

public sealed class AalenJohansenTests
{
    private const double Precision = 1e-12;

    /// <summary>
    /// busy (t = 0), reached 30, 30, abandoned 30, abandoned 60, reached 90, reached 200, hung up after the protocol
    /// wait at 200 (censored), reached 250, hung up after the wait at 300.
    /// </summary>
    private static readonly PhoneCall[] Sample =
    [
        new(12, PhoneOutcome.BusyNoAnswer), // 12 s of ringing: still counted at t = 0
        new(30, PhoneOutcome.ReachedPerson),
        new(30, PhoneOutcome.ReachedPerson),
        new(30, PhoneOutcome.Abandoned),
        new(60, PhoneOutcome.Abandoned),
        new(90, PhoneOutcome.ReachedPerson),
        new(200, PhoneOutcome.HungUpAfterProtocolWait),
        new(200, PhoneOutcome.ReachedPerson),
        new(250, PhoneOutcome.ReachedPerson),
        new(300, PhoneOutcome.HungUpAfterProtocolWait),
    ];

    [Fact]
    public void Cumulative_incidence_with_ties_and_censoring_after_the_protocol_wait_matches_the_hand_computation()
    {
        // Given the sample above
        // When fitted
        CumulativeIncidenceCurve curve = AalenJohansen.Fit(Sample);

        // Then, by hand with F_k(t_j) = F_k(t_j-) + S(t_j-) d_kj / n_j and S(t_j) = S(t_j-)(1 - d_j / n_j):
        // t=0:   n=10, busy 1        -> F_busy = 1 * 1/10 = 0.1;                     S = 0.9
        // t=30:  n=9,  reached 2, abandoned 1 -> F_R = 0.9 * 2/9 = 0.2; F_A = 0.9 * 1/9 = 0.1; S = 0.9 * 6/9 = 0.6
        // t=60:  n=6,  abandoned 1   -> F_A = 0.1 + 0.6/6 = 0.2;                     S = 0.6 * 5/6 = 0.5
        // t=90:  n=5,  reached 1     -> F_R = 0.2 + 0.5/5 = 0.3;                     S = 0.4
        // t=200: n=4 (the censored call is still at risk: events first), reached 1
        //                            -> F_R = 0.3 + 0.4/4 = 0.4 (censorings first would give 0.3 + 0.4/3 = 0.4333);
        //                               S = 0.4 * 3/4 = 0.3; then 2 leave (1 reached, 1 censored)
        // t=250: n=2,  reached 1     -> F_R = 0.4 + 0.3/2 = 0.55;                    S = 0.15
        // t=300: n=1,  censored      -> nothing changes.
        // Check: F_R + F_A + F_busy + S = 0.55 + 0.2 + 0.1 + 0.15 = 1.
        Assert.Equal(10, curve.N);
        Assert.Equal([0.0, 30, 60, 90, 200, 250, 300], curve.Steps.Select(s => s.Seconds));
        Assert.Equal([10, 9, 6, 5, 4, 2, 1], curve.Steps.Select(s => s.AtRisk));
        double[] reached = [0, 0.2, 0.2, 0.3, 0.4, 0.55, 0.55];
        double[] survival = [0.9, 0.6, 0.5, 0.4, 0.3, 0.15, 0.15];
        for (int i = 0; i < reached.Length; i++)
        {
            Assert.Equal(reached[i], curve.Steps[i].ReachedPersonIncidence, Precision);
            Assert.Equal(survival[i], curve.Steps[i].AllCauseSurvival, Precision);
        }

        Assert.Equal(0.2, curve.IncidenceAt(1000, PhoneOutcome.Abandoned)!.Value, Precision);
        Assert.Equal(0.1, curve.IncidenceAt(0, PhoneOutcome.BusyNoAnswer)!.Value, Precision);
        Assert.Equal(0.0, curve.IncidenceAt(1000, PhoneOutcome.CutOff)!.Value, Precision);
        Assert.Equal(0.2, curve.IncidenceAt(89.9)!.Value, Precision);
        Assert.Equal(0.3, curve.IncidenceAt(90)!.Value, Precision);
        Assert.Equal(0.0, curve.IncidenceAt(-1)!.Value);
        CumulativeIncidenceStep last = curve.Steps[^1];
        Assert.Equal(1.0, last.ReachedPersonIncidence + last.AbandonedIncidence + last.BusyNoAnswerIncidence + last.AllCauseSurvival, Precision);
    }

    [Fact]
    public void Median_is_the_first_time_half_of_all_calls_had_reached_a_person()
    {
        // Given the sample above (F_R = 0.4 at 200 s, 0.55 at 250 s)
        // When fitted
        CumulativeIncidenceCurve curve = AalenJohansen.Fit(Sample);

        // Then the median is 250 s; a Kaplan-Meier treating the competing outcomes as censored would put it earlier:
        // 1 - S_KM(90) = 1 - (1 - 2/9)(1 - 1/5) = 0.3778..., 1 - S_KM(200) = 1 - 0.6222 * 3/4 = 0.5333 -> 200 s.
        Assert.Equal(250, curve.Median());
    }

    [Fact]
    public void Median_counts_exactly_one_half_as_reached()
    {
        // Given two calls: reached at 10 s, abandoned at 20 s
        // When fitted: F_R(10) = 1 * 1/2 = 0.5 exactly
        CumulativeIncidenceCurve curve = AalenJohansen.Fit([new(10, PhoneOutcome.ReachedPerson), new(20, PhoneOutcome.Abandoned)]);

        // Then the median is 10 s (first t with F >= 0.5)
        Assert.Equal(10, curve.Median());
    }

    [Fact]
    public void A_line_where_every_caller_gave_up_never_reaches_a_person()
    {
        // Given five callers who all hung up (two at the same second)
        PhoneCall[] calls = [new(10, PhoneOutcome.Abandoned), new(20, PhoneOutcome.Abandoned), new(20, PhoneOutcome.Abandoned),
            new(40, PhoneOutcome.CutOff), new(50, PhoneOutcome.NoPersonOffered)];

        // When fitted
        CumulativeIncidenceCurve curve = AalenJohansen.Fit(calls);

        // Then F_R is 0 throughout, the median is not reached, and the competing incidences add to 1:
        // abandoned 1/5 + 2/5 = 0.6, cut off (2/5)(1/2) = 0.2, no person offered 0.2 * 1/1 = 0.2.
        Assert.All(curve.Steps, s => Assert.Equal(0.0, s.ReachedPersonIncidence));
        Assert.Null(curve.Median());
        Assert.Equal(0.6, curve.IncidenceAt(60, PhoneOutcome.Abandoned)!.Value, Precision);
        Assert.Equal(0.2, curve.IncidenceAt(60, PhoneOutcome.CutOff)!.Value, Precision);
        Assert.Equal(0.2, curve.IncidenceAt(60, PhoneOutcome.NoPersonOffered)!.Value, Precision);
        Assert.Equal(0.0, curve.Steps[^1].AllCauseSurvival, Precision);
    }

    [Fact]
    public void Empty_sample_has_no_incidence_and_bad_times_are_refused()
    {
        Assert.Null(AalenJohansen.Fit([]).IncidenceAt(10));
        Assert.Null(AalenJohansen.Fit([]).Median());
        Assert.Throws<ArgumentException>(() => AalenJohansen.Fit([new(-1, PhoneOutcome.ReachedPerson)]));
        Assert.Throws<ArgumentException>(() => AalenJohansen.Fit([new(double.NaN, PhoneOutcome.Abandoned)]));
    }
}
