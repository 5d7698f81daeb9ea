namespace BrandPulse.Statistics;

/// <summary>
/// A share (0..1) with its 95% confidence interval. A null <see cref="Value"/> means the share cannot be
/// estimated (no complaints, or the time asked about lies beyond the longest observed wait);
/// a null end means the interval method gives no bound there (documented at each producer).
/// </summary>
public sealed record ShareEstimate(double? Value, double? Lower, double? Upper)
{
    /// <summary>No estimate at all.</summary>
    public static ShareEstimate Unknown { get; } = new(null, null, null);
}
