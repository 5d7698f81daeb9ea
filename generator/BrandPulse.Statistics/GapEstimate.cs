namespace BrandPulse.Statistics;

/// <summary>
/// Ratio of two Kaplan-Meier median waits (a over b) with a 95% percentile-bootstrap interval.
/// </summary>
/// <param name="Ratio">median(a) / median(b); null when either median is not reached or median(b) is 0.</param>
/// <param name="Lower">2.5% bootstrap percentile; null only if even that percentile is unbounded (a's median
/// was not reached in more than 97.5% of resamples).</param>
/// <param name="Upper">97.5% bootstrap percentile; null means "unbounded above": in at least 2.5% of resamples
/// a's median was not reached (or b's median was 0), so no finite upper limit can be given.</param>
public sealed record GapEstimate(double? Ratio, double? Lower, double? Upper)
{
    /// <summary>No estimate at all.</summary>
    public static GapEstimate Unknown { get; } = new(null, null, null);
}
