namespace BrandPulse.Statistics;

/// <summary>
/// A quantile of the wait (in minutes) with its 95% confidence interval.
/// A null <see cref="Value"/> means the quantile was not reached (too many complaints still waiting);
/// a null <see cref="Lower"/> or <see cref="Upper"/> means that end of the interval was not reached.
/// </summary>
public sealed record QuantileEstimate(double? Value, double? Lower, double? Upper)
{
    /// <summary>Nothing reached: the estimate for an empty or fully censored sample.</summary>
    public static QuantileEstimate NotReached { get; } = new(null, null, null);
}
