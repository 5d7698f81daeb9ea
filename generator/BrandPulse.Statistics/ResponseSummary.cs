namespace BrandPulse.Statistics;

/// <summary>
/// The figures published for one group of complaints (a brand on a channel, possibly in one month).
/// </summary>
/// <param name="N">Number of complaints.</param>
/// <param name="Answered">Number answered.</param>
/// <param name="ResponseRate">Answered / N with a 95% Wilson interval; all null when N = 0.</param>
/// <param name="Median">Kaplan-Meier median wait with Brookmeyer-Crowley interval (R survfit).</param>
/// <param name="P90">Time by which 90% have been answered (S(t) at or below 0.1), same method.</param>
/// <param name="AnsweredWithin15Min">Kaplan-Meier share answered within 15 minutes (log-log interval).</param>
/// <param name="AnsweredWithin1Hour">Same within 60 minutes.</param>
/// <param name="AnsweredWithin24Hours">Same within 1,440 minutes.</param>
public sealed record ResponseSummary(
    int N,
    int Answered,
    ShareEstimate ResponseRate,
    QuantileEstimate Median,
    QuantileEstimate P90,
    ShareEstimate AnsweredWithin15Min,
    ShareEstimate AnsweredWithin1Hour,
    ShareEstimate AnsweredWithin24Hours)
{
    /// <summary>Summarises a group of complaints. An empty group gives nulls, never an exception.</summary>
    public static ResponseSummary Of(IReadOnlyList<WaitObservation> observations) => Of(KaplanMeier.Fit(observations));

    /// <summary>
    /// The figures of a fitted curve. A caller that needs the share answered within another time (e.g. phone: reached a
    /// human within 3 minutes) fits the curve itself and asks it (<see cref="SurvivalCurve.AnsweredWithin"/>).
    /// </summary>
    public static ResponseSummary Of(SurvivalCurve curve) => new(
        curve.N,
        curve.Answered,
        ConfidenceIntervals.Wilson(curve.Answered, curve.N),
        curve.Quantile(0.5),
        curve.Quantile(0.9),
        curve.AnsweredWithin(15),
        curve.AnsweredWithin(60),
        curve.AnsweredWithin(24 * 60));
}
