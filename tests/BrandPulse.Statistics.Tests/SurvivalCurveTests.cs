namespace BrandPulse.Statistics.Tests;

/// <summary>
/// Quantile references follow R survival's quantile.survfit / findq (therneau/survival, R/quantile.survfit.R)
/// and survfit_confint (conf.type "log", the default): the lower limit of a quantile is the quantile of the
/// lower pointwise band, the upper limit that of the upper band. Values are worked out by hand below.
/// </summary>
public sealed class SurvivalCurveTests
{
    private const double Precision = 1e-9;

    [Fact]
    public void Median_is_30_with_lower_15_and_upper_not_reached_for_the_survfit_reference()
    {
        // Given answered at 10, 15, 23, 30, 35, 52 and still waiting at 100
        SurvivalCurve curve = KaplanMeier.Fit(Observations.SurvfitReference);

        // When the median is asked
        QuantileEstimate median = curve.Median();

        // Then S = .857 .714 .571 .429 ... first at or below .5 at 30 -> median 30.
        // Lower band (S * exp(-1.96 se)): 10 -> .633, 15 -> .447 <= .5 -> lower limit 15.
        // Upper band (min(1, S * exp(1.96 se))): 1, 1, 1, 1 (1.008 capped), .922, .877, .877: never <= .5
        // -> upper limit NA, as print(survfit(...)) shows: median 30, 0.95LCL 15, 0.95UCL NA.
        Assert.Equal(new QuantileEstimate(30, 15, null), median);
    }

    [Fact]
    public void P90_of_the_survfit_reference_is_not_reached_because_one_in_seven_still_waits()
    {
        // Given the reference sample, which ends at S = 1/7 = 0.143 > 0.1
        SurvivalCurve curve = KaplanMeier.Fit(Observations.SurvfitReference);

        // When the 90% quantile is asked
        QuantileEstimate p90 = curve.Quantile(0.9);

        // Then S never falls to 0.1 -> not reached. The lower band does: .0886 at 35 <= .1 -> lower 35.
        Assert.Equal(new QuantileEstimate(null, 35, null), p90);
    }

    [Fact]
    public void Median_without_censoring_is_the_ordinary_sample_median()
    {
        // Given 1, 2, 3, 4 all answered
        SurvivalCurve curve = KaplanMeier.Fit(Observations.Answered(1, 2, 3, 4));

        // When the median is asked
        QuantileEstimate median = curve.Median();

        // Then S = .75, .5, .25, 0 sits exactly at .5 on [2, 3) -> midpoint 2.5 (= median(1:4)).
        // Lower band at 1: .75 * exp(-1.96 * sqrt(1/12)) = .426 <= .5 -> 1.
        // Upper band: min(1, .75 * 1.761), min(1, .5 * 2.664), min(1, .25 * 5.46) are all 1 and NA at S = 0 -> NA.
        Assert.Equal(new QuantileEstimate(2.5, 1, null), median);
    }

    [Fact]
    public void P90_without_censoring_is_the_time_when_S_first_falls_to_one_tenth()
    {
        // Given 1, 2, 3, 4 all answered
        SurvivalCurve curve = KaplanMeier.Fit(Observations.Answered(1, 2, 3, 4));

        // When the 90% quantile is asked
        QuantileEstimate p90 = curve.Quantile(0.9);

        // Then S <= .1 first at 4. Lower band: .426, .188 (= .5 * exp(-.98)), .0458 at 3 <= .1 -> 3. Upper: NA.
        Assert.Equal(new QuantileEstimate(4, 3, null), p90);
    }

    [Theory]
    [InlineData(12, 6.5)] // S after 6 of 12 is 0.4999999999999999 in floating point
    [InlineData(24, 12.5)] // S after 12 of 24 is 0.5000000000000001
    public void Median_uses_survfits_tolerance_when_S_is_a_rounding_error_away_from_one_half(int n, double expected)
    {
        // Given 1..n all answered, where the product-limit estimate misses 0.5 by one ulp
        SurvivalCurve curve = KaplanMeier.Fit(Observations.Answered([.. Enumerable.Range(1, n).Select(i => (double)i)]));

        // When the median is asked
        double? median = curve.Median().Value;

        // Then it is still the ordinary median (n/2 + n/2 + 1) / 2, thanks to tolerance sqrt(eps)
        Assert.Equal(expected, median);
    }

    [Fact]
    public void Midpoint_rule_skips_a_censoring_inside_the_flat_and_uses_the_next_answer()
    {
        // Given answered 1, 2, 3, still waiting at 4, answered 6, 7
        SurvivalCurve curve = KaplanMeier.Fit(Observations.Parse("1 2 3 4+ 6 7"));

        // When the median is asked
        double? median = curve.Median().Value;

        // Then S = 5/6, 4/6, 3/6 = .5 at 3, flat through the censoring at 4, then 0.25 at 6:
        // findq drops the repeated y at 4, so the flat runs from 3 to the next jump at 6 -> (3 + 6) / 2 = 4.5.
        Assert.Equal(4.5, median);
    }

    [Fact]
    public void Midpoint_rule_at_the_end_of_the_curve_uses_the_last_observed_time()
    {
        // Given answered 1 and 2, still waiting at 3 and 4
        SurvivalCurve curve = KaplanMeier.Fit(Observations.Parse("1 2 3+ 4+"));

        // When the median is asked
        double? median = curve.Median().Value;

        // Then S = .75, .5 and stays .5 to the end (4): findq's "flat at the end" case -> (2 + 4) / 2 = 3
        Assert.Equal(3, median);
    }

    [Fact]
    public void All_censored_sample_has_no_median()
    {
        // Given five complaints all still waiting
        SurvivalCurve curve = KaplanMeier.Fit(Observations.Parse("10+ 20+ 30+ 40+ 50+"));

        // When the median is asked / Then S stays 1: nothing is reached
        Assert.Equal(QuantileEstimate.NotReached, curve.Median());
        Assert.Equal(0, curve.Answered);
    }

    [Fact]
    public void Single_answered_complaint_has_that_time_as_median_and_no_interval()
    {
        // Given one complaint answered at 5
        SurvivalCurve curve = KaplanMeier.Fit(Observations.Answered(5));

        // When the median and p90 are asked
        // Then S drops 1 -> 0 at 5, so both are 5; the log band is NA where S = 0, so both limits are NA
        Assert.Equal(new QuantileEstimate(5, null, null), curve.Median());
        Assert.Equal(new QuantileEstimate(5, null, null), curve.Quantile(0.9));
    }

    [Fact]
    public void Empty_curve_has_no_quantiles()
    {
        // Given no complaints / When asked / Then nothing is reached and nothing throws
        Assert.Equal(QuantileEstimate.NotReached, KaplanMeier.Fit([]).Median());
    }

    [Fact]
    public void Ties_use_the_answers_before_censorings_at_the_same_time()
    {
        // Given two answered and one waiting at 2, answered 4, waiting 6, answered 8
        SurvivalCurve curve = KaplanMeier.Fit(Observations.Parse("2 2 2+ 4 6+ 8"));

        // When the median is asked
        QuantileEstimate median = curve.Median();

        // Then S = 2/3 at 2, 4/9 at 4 -> median 4. Lower band at 2: 2/3 * exp(-1.96 * sqrt(1/12)) = .379 -> 2.
        // Upper band: min(1, 2/3 * 1.761) = 1, min(1, 4/9 * 2.664) = 1, 1, NA -> NA.
        Assert.Equal(new QuantileEstimate(4, 2, null), median);
    }

    [Theory]
    [InlineData(-5, 1.0)]
    [InlineData(9.99, 1.0)]
    [InlineData(10, 6.0 / 7)] // right-continuous: the answer at exactly 10 counts
    [InlineData(29, 4.0 / 7)]
    [InlineData(100, 1.0 / 7)]
    [InlineData(1000, 1.0 / 7)] // carried forward beyond the last time
    public void SurvivalAt_is_a_right_continuous_step(double minutes, double expected)
    {
        // Given the reference curve
        SurvivalCurve curve = KaplanMeier.Fit(Observations.SurvfitReference);

        // When S and 1 - S are read / Then they follow the steps
        Assert.Equal(expected, curve.SurvivalAt(minutes), 1e-12);
        Assert.Equal(1 - expected, curve.ShareAnsweredWithin(minutes), 1e-12);
    }

    [Fact]
    public void AnsweredWithin_has_the_log_log_interval_of_survfit()
    {
        // Given the reference curve
        SurvivalCurve curve = KaplanMeier.Fit(Observations.SurvfitReference);

        // When the share answered within 15 minutes is asked
        ShareEstimate share = curve.AnsweredWithin(15);

        // Then S(15) = 5/7, se(log S) = sqrt(1/42 + 1/30) = .239046, log S = -.336472,
        // k = 1.959964 * .239046 / log S = -1.392455, log(-log S) = -1.089161;
        // S lower = exp(-exp(-1.089161 + 1.392455)) = .258154, S upper = exp(-exp(-2.481616)) = .919797
        // (survfit conf.type = "log-log") -> share 2/7 = .285714 in [1 - .919797, 1 - .258154] = [.080203, .741846].
        Assert.Equal(2.0 / 7, share.Value!.Value, Precision);
        Assert.Equal(0.0802025439551417, share.Lower!.Value, 1e-6);
        Assert.Equal(0.7418463345412051, share.Upper!.Value, 1e-6);
    }

    [Fact]
    public void AnsweredWithin_is_unknown_beyond_the_longest_wait_while_someone_still_waits()
    {
        // Given the reference curve whose longest observed wait is 100 minutes, still unanswered
        SurvivalCurve curve = KaplanMeier.Fit(Observations.SurvfitReference);

        // When asked within 100 and within 24 hours
        // Then at 100 the curve is known (6/7), beyond it S is unknown
        Assert.Equal(6.0 / 7, curve.AnsweredWithin(100).Value!.Value, Precision);
        Assert.Equal(ShareEstimate.Unknown, curve.AnsweredWithin(1440));
    }

    [Fact]
    public void AnsweredWithin_has_no_interval_where_S_is_0_or_1()
    {
        // Given 1, 2, 3, 4 all answered
        SurvivalCurve curve = KaplanMeier.Fit(Observations.Answered(1, 2, 3, 4));

        // When asked before the first answer and after the last
        // Then 0% and 100% with the log-log interval undefined (NA in R), even far beyond 4 since S = 0 is final
        Assert.Equal(new ShareEstimate(0, null, null), curve.AnsweredWithin(0.5));
        Assert.Equal(new ShareEstimate(1, null, null), curve.AnsweredWithin(1440));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Quantile_probability_must_be_strictly_between_0_and_1(double p)
    {
        // Given any curve / When asked for a degenerate quantile / Then it is refused
        Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeier.Fit(Observations.SurvfitReference).Quantile(p));
    }
}
