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
    private SurvivalCurve? _curve;

    /// <summary>Summarises a group of complaints. An empty group gives nulls, never an exception.</summary>
    public static ResponseSummary Of(IReadOnlyList<WaitObservation> observations)
    {
        SurvivalCurve curve = KaplanMeier.Fit(observations);
        return new ResponseSummary(
            curve.N,
            curve.Answered,
            ConfidenceIntervals.Wilson(curve.Answered, curve.N),
            curve.Quantile(0.5),
            curve.Quantile(0.9),
            curve.AnsweredWithin(15),
            curve.AnsweredWithin(60),
            curve.AnsweredWithin(24 * 60))
        { _curve = curve };
    }

    /// <summary>
    /// Kaplan-Meier share answered within <paramref name="minutes"/> (e.g. phone: reached a human within 3
    /// minutes), with the log-log interval; see <see cref="SurvivalCurve.AnsweredWithin"/> for the nulls.
    /// Only available on summaries made by <see cref="Of"/>.
    /// </summary>
    public ShareEstimate ShareWithin(double minutes) =>
        (_curve ?? throw new InvalidOperationException("ShareWithin needs a summary made by ResponseSummary.Of."))
            .AnsweredWithin(minutes);

    /// <summary>
    /// The same figures without the fitted curve behind them, which holds a step per distinct wait: keep this one when
    /// <see cref="ShareWithin"/> is no longer needed and the figures of thousands of groups are held at once.
    /// </summary>
    public ResponseSummary Detached() => this with { _curve = null };

    /// <summary>The fitted curve behind the figures (null once <see cref="Detached"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SurvivalCurve? Curve => _curve;

    /// <summary>Whether <see cref="ShareWithin"/> can be asked (a summary made by <see cref="Of"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasCurve => _curve is not null;

    /// <summary>Value equality over the published figures only (the fitted curve behind them is ignored).</summary>
    public bool Equals(ResponseSummary? other) =>
        other is not null
        && N == other.N
        && Answered == other.Answered
        && ResponseRate == other.ResponseRate
        && Median == other.Median
        && P90 == other.P90
        && AnsweredWithin15Min == other.AnsweredWithin15Min
        && AnsweredWithin1Hour == other.AnsweredWithin1Hour
        && AnsweredWithin24Hours == other.AnsweredWithin24Hours;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(N, Answered, ResponseRate, Median, P90, AnsweredWithin15Min, AnsweredWithin1Hour, AnsweredWithin24Hours);
}
