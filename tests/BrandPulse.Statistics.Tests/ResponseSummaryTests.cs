namespace BrandPulse.Statistics.Tests;

public sealed class ResponseSummaryTests
{
    private const double Precision = 1e-9;

    [Fact]
    public void Summary_of_the_survfit_reference_has_the_hand_computed_figures()
    {
        // Given answered at 10, 15, 23, 30, 35, 52 and still waiting at 100
        // When summarised
        ResponseSummary summary = ResponseSummary.Of(Observations.SurvfitReference);

        // Then n 7, 6 answered; rate 6/7 with Wilson [0.486872, 0.974320] (centre (6/7 + z^2/14) / (1 + z^2/7)
        // = 0.730598, half 0.243723); median 30 [15, NA]; p90 not reached (S ends at 1/7);
        // within 15 min 2/7 (answers at 10 and 15), within 1 h 6/7 with log-log [0.535059, 0.992876]
        // (hand computation in ConfidenceIntervalsTests), within 24 h unknown (longest wait 100 min, still open).
        Assert.Equal(7, summary.N);
        Assert.Equal(6, summary.Answered);
        Assert.Equal(6.0 / 7, summary.ResponseRate.Value!.Value, Precision);
        Assert.Equal(0.4868721707256811, summary.ResponseRate.Lower!.Value, Precision);
        Assert.Equal(0.9743203756552565, summary.ResponseRate.Upper!.Value, Precision);
        Assert.Equal(new QuantileEstimate(30, 15, null), summary.Median);
        Assert.Equal(new QuantileEstimate(null, 35, null), summary.P90);
        Assert.Equal(2.0 / 7, summary.AnsweredWithin15Min.Value!.Value, Precision);
        Assert.Equal(6.0 / 7, summary.AnsweredWithin1Hour.Value!.Value, Precision);
        Assert.Equal(0.5350586446844932, summary.AnsweredWithin1Hour.Lower!.Value, 1e-9);
        Assert.Equal(0.9928761359237616, summary.AnsweredWithin1Hour.Upper!.Value, 1e-9);
        Assert.Equal(ShareEstimate.Unknown, summary.AnsweredWithin24Hours);
    }

    [Fact]
    public void Zero_complaints_give_an_empty_summary_with_nulls()
    {
        // Given no complaints
        // When summarised
        ResponseSummary summary = ResponseSummary.Of([]);

        // Then no exception and every figure is null
        Assert.Equal(
            new ResponseSummary(
                0, 0, ShareEstimate.Unknown, QuantileEstimate.NotReached, QuantileEstimate.NotReached,
                ShareEstimate.Unknown, ShareEstimate.Unknown, ShareEstimate.Unknown),
            summary);
        Assert.Equal(ShareEstimate.Unknown, KaplanMeier.Fit([]).AnsweredWithin(3));
    }

    [Fact]
    public void All_censored_complaints_have_rate_0_and_no_median()
    {
        // Given five complaints still waiting at 10..50 minutes
        // When summarised
        ResponseSummary summary = ResponseSummary.Of(Observations.Parse("10+ 20+ 30+ 40+ 50+"));

        // Then rate 0 with Wilson [0, z^2 / (5 + z^2)] = [0, .434482], median not reached, nobody within 15 min
        // (S(15) = 1 so the log-log interval is undefined), and 24 h beyond the longest wait -> unknown.
        Assert.Equal(0.0, summary.ResponseRate.Value);
        Assert.Equal(0.0, summary.ResponseRate.Lower);
        Assert.Equal(0.43448246478317476, summary.ResponseRate.Upper!.Value, Precision);
        Assert.Equal(QuantileEstimate.NotReached, summary.Median);
        Assert.Equal(new ShareEstimate(0, null, null), summary.AnsweredWithin15Min);
        Assert.Equal(ShareEstimate.Unknown, summary.AnsweredWithin24Hours);
    }

    [Fact]
    public void Single_complaint_summary()
    {
        // Given one complaint answered after 5 minutes
        // When summarised
        ResponseSummary summary = ResponseSummary.Of(Observations.Answered(5));

        // Then rate 1 with Wilson [1 / (1 + z^2), 1] = [.206549, 1]; median and p90 5 without limits;
        // everybody answered within 15 min, 1 h and 24 h (S = 0 is final, so later times are known).
        Assert.Equal(0.20654931437723745, summary.ResponseRate.Lower!.Value, Precision);
        Assert.Equal(new QuantileEstimate(5, null, null), summary.Median);
        Assert.Equal(new QuantileEstimate(5, null, null), summary.P90);
        Assert.Equal(new ShareEstimate(1, null, null), summary.AnsweredWithin24Hours);
    }

    [Fact]
    public void The_fitted_curve_gives_the_summary_and_the_share_at_any_time_like_the_phone_three_minute_share()
    {
        // Given calls reaching a human at 1, 2, 3, 4 minutes, one still on hold at 6
        IReadOnlyList<WaitObservation> calls = Observations.Parse("1 2 3 4 6+");

        // When the curve is fitted once and asked for the summary and the share within 3 minutes
        SurvivalCurve curve = KaplanMeier.Fit(calls);
        ShareEstimate share = curve.AnsweredWithin(3);

        // Then the summary is that of the observations, and S(3) = 4/5 * 3/4 * 2/3 = 2/5, so 3/5 reached a human
        // within 3 minutes (right-continuous)
        Assert.Equal(ResponseSummary.Of(calls), ResponseSummary.Of(curve));
        Assert.Equal(0.6, share.Value!.Value, Precision);
    }

    [Fact]
    public void Summaries_of_the_same_data_are_equal()
    {
        // Given the same complaints in two orders
        // When summarised / Then the records compare equal by value
        Assert.Equal(
            ResponseSummary.Of(Observations.Parse("1 2 3+ 4")),
            ResponseSummary.Of(Observations.Parse("4 3+ 2 1")));
        Assert.NotEqual(
            ResponseSummary.Of(Observations.Parse("1 2 3+ 4")),
            ResponseSummary.Of(Observations.Parse("1 2 3 4")));
    }
}
