namespace BrandPulse.Statistics.Tests;

public sealed class KaplanMeierTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void Steps_of_the_survfit_reference_match_the_hand_computed_product_limit_and_greenwood_values()
    {
        // Given answered at 10, 15, 23, 30, 35, 52 and still waiting at 100
        // When fitted
        SurvivalCurve curve = KaplanMeier.Fit(Observations.SurvfitReference);

        // Then, by hand: at risk 7,6,5,4,3,2,1; S = 6/7, 5/7, 4/7, 3/7, 2/7, 1/7, 1/7;
        // var(log S) = 1/(7*6) + 1/(6*5) + ... ; at 30: 1/42 + 1/30 + 1/20 + 1/12 = 0.19047619,
        // se(log S) = 0.43643578, se(S) = 3/7 * 0.43643578 = 0.18704391 (summary(survfit) "std.err").
        Assert.Equal(7, curve.N);
        Assert.Equal(6, curve.Answered);
        Assert.Equal(7, curve.Steps.Count);
        Assert.Equal([7, 6, 5, 4, 3, 2, 1], curve.Steps.Select(s => s.AtRisk));
        Assert.Equal([1, 1, 1, 1, 1, 1, 0], curve.Steps.Select(s => s.Events));
        Assert.Equal([0, 0, 0, 0, 0, 0, 1], curve.Steps.Select(s => s.Censored));
        SurvivalStep at30 = curve.Steps[3];
        Assert.Equal(30, at30.Minutes);
        Assert.Equal(3.0 / 7, at30.Survival, Precision);
        Assert.Equal(Math.Sqrt((1.0 / 42) + (1.0 / 30) + (1.0 / 20) + (1.0 / 12)), at30.StandardErrorOfLog, Precision);
        Assert.Equal(0.1870439059165649, at30.StandardError, Precision);
        Assert.Equal(1.0 / 7, curve.Steps[6].Survival, Precision);
    }

    [Fact]
    public void Log_band_of_the_survfit_reference_matches_hand_computation()
    {
        // Given the reference sample
        // When fitted
        SurvivalCurve curve = KaplanMeier.Fit(Observations.SurvfitReference);

        // Then at 15: S = 5/7, se(log S) = sqrt(1/42 + 1/30) = 0.2390457; lower = 5/7 * exp(-1.959964 * 0.2390457)
        // = 0.714286 * 0.625927 = 0.447091; upper = 5/7 * exp(+0.468522) = 1.1412, capped at 1 (survfit_confint, "log").
        // At 35: S = 2/7, se = sqrt(0.3571429) = 0.5976143; upper = 0.285714 * exp(1.171302) = 0.921769.
        Assert.Equal(0.4470909479277736, curve.Steps[1].Lower!.Value, 1e-10);
        Assert.Equal(1.0, curve.Steps[1].Upper);
        Assert.Equal(0.9217691607695636, curve.Steps[4].Upper!.Value, 1e-10);
    }

    [Fact]
    public void Answers_at_a_tied_time_come_before_the_still_waiting_at_that_time()
    {
        // Given two answered and one still waiting at 2 min, then answered 4, waiting 6, answered 8
        WaitObservation[] sample = Observations.Parse("2+ 2 2 4 6+ 8");

        // When fitted
        SurvivalCurve curve = KaplanMeier.Fit(sample);

        // Then at 2 all six are at risk (the waiting one still could have been answered at 2):
        // S(2) = (6 - 2) / 6 = 2/3, not (5 - 2) / 5 = 0.6 as it would be with censorings first.
        // var(log S) at 2 = 2 / (6 * 4) = 1/12; at 4: n = 3, S = 2/3 * 2/3 = 4/9, var = 1/12 + 1/6 = 1/4.
        // At 8 the last one at risk is answered: S = 0, se(log S) infinite, se(S) reported as 0, no band.
        SurvivalStep first = curve.Steps[0];
        Assert.Equal((2.0, 6, 2, 1), (first.Minutes, first.AtRisk, first.Events, first.Censored));
        Assert.Equal(2.0 / 3, first.Survival, Precision);
        Assert.Equal(Math.Sqrt(1.0 / 12), first.StandardErrorOfLog, Precision);
        Assert.Equal(4.0 / 9, curve.Steps[1].Survival, Precision);
        Assert.Equal(0.5, curve.Steps[1].StandardErrorOfLog, Precision);
        Assert.Equal((6.0, 2, 0, 1), (curve.Steps[2].Minutes, curve.Steps[2].AtRisk, curve.Steps[2].Events, curve.Steps[2].Censored));
        SurvivalStep last = curve.Steps[3];
        Assert.Equal(0.0, last.Survival);
        Assert.True(double.IsPositiveInfinity(last.StandardErrorOfLog));
        Assert.Equal(0.0, last.StandardError);
        Assert.Null(last.Lower);
        Assert.Null(last.Upper);
    }

    [Fact]
    public void Input_order_does_not_matter()
    {
        // Given the tie sample in two orders
        // When fitted
        SurvivalCurve a = KaplanMeier.Fit(Observations.Parse("2+ 2 2 4 6+ 8"));
        SurvivalCurve b = KaplanMeier.Fit(Observations.Parse("8 6+ 2 4 2 2+"));

        // Then the steps are identical
        Assert.Equal(a.Steps, b.Steps);
    }

    [Fact]
    public void An_empty_sample_gives_an_empty_curve()
    {
        // Given no complaints
        // When fitted
        SurvivalCurve curve = KaplanMeier.Fit([]);

        // Then nothing is counted and S stays 1
        Assert.Equal(0, curve.N);
        Assert.Equal(0, curve.Answered);
        Assert.Empty(curve.Steps);
        Assert.Equal(1.0, curve.SurvivalAt(10));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Negative_or_non_finite_minutes_are_rejected(double minutes)
    {
        // Given an impossible wait
        // When fitted / Then it is refused rather than silently mis-estimated
        Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([new WaitObservation(minutes, true)]));
    }
}
