namespace BrandPulse.Statistics;

/// <summary>
/// How many times longer the median wait is on channel a than on channel b (e.g. e-mail vs chat for one
/// brand), with a percentile bootstrap interval. Complaints are resampled within each channel, each channel
/// on its own random stream of <c>seed</c>.
/// </summary>
/// <remarks>
/// In a resample a median that is not reached counts as +infinity, so the ratio is +infinity when only a's
/// median is missing (or b's median is 0) and 0 when only b's is missing; resamples where the ratio is
/// undefined (both missing, or 0 / 0) are left out of the percentiles. Infinite interval ends are reported as
/// null (see <see cref="GapEstimate"/>).
/// </remarks>
public static class ChannelGap
{
    private const ulong StreamA = 1;
    private const ulong StreamB = 2;

    public static GapEstimate Compute(
        IReadOnlyList<WaitObservation> a, IReadOnlyList<WaitObservation> b, int replicates, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        SortedSample sampleA = SortedSample.From(a);
        SortedSample sampleB = SortedSample.From(b);
        var randomA = Xoshiro256StarStar.ForStream(seed, StreamA);
        var randomB = Xoshiro256StarStar.ForStream(seed, StreamB);
        int[] countsA = new int[sampleA.CellCount];
        int[] countsB = new int[sampleB.CellCount];
        double[] ratios = new double[replicates];
        int defined = 0;
        for (int r = 0; r < replicates; r++)
        {
            double ratio = RatioOf(
                sampleA.ResampledQuantile(ref randomA, countsA, 0.5),
                sampleB.ResampledQuantile(ref randomB, countsB, 0.5));
            if (!double.IsNaN(ratio))
            {
                ratios[defined++] = ratio;
            }
        }

        double medianA = sampleA.Quantile(0.5), medianB = sampleB.Quantile(0.5);
        double? ratioValue = double.IsFinite(medianA) && double.IsFinite(medianB) && medianB > 0
            ? medianA / medianB
            : null;
        if (defined == 0)
        {
            return new GapEstimate(ratioValue, null, null);
        }

        var (low, high) = BootstrapPercentile.Interval<double>(ratios.AsSpan(0, defined));
        return new GapEstimate(
            ratioValue,
            double.IsFinite(low) ? low : null,
            double.IsFinite(high) ? high : null);
    }

    /// <summary>
    /// The same ratio from medians bootstrapped beforehand, each group on its own stream (e.g. the phone's
    /// Aalen-Johansen medians over Twitter/X's Kaplan-Meier ones, in the same unit): replicate r of a over replicate r
    /// of b, with the rules above. Both need the same number of replicates.
    /// </summary>
    public static GapEstimate FromMedians(BootstrapMedians a, BootstrapMedians b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Replicates.Length != b.Replicates.Length || a.Replicates.Length == 0)
        {
            throw new ArgumentException("Both groups need the same, non-zero number of replicates.", nameof(b));
        }

        double[] ratios = new double[a.Replicates.Length];
        int defined = 0;
        for (int r = 0; r < ratios.Length; r++)
        {
            double ratio = RatioOf(a.Replicates[r], b.Replicates[r]);
            if (!double.IsNaN(ratio))
            {
                ratios[defined++] = ratio;
            }
        }

        double? ratioValue = double.IsFinite(a.Point) && double.IsFinite(b.Point) && b.Point > 0 ? a.Point / b.Point : null;
        if (defined == 0)
        {
            return new GapEstimate(ratioValue, null, null);
        }

        var (low, high) = BootstrapPercentile.Interval<double>(ratios.AsSpan(0, defined));
        return new GapEstimate(ratioValue, double.IsFinite(low) ? low : null, double.IsFinite(high) ? high : null);
    }

    /// <summary>Ratio with not-reached medians as +infinity: inf/x = inf, x/inf = 0, inf/inf = NaN, x/0 = inf, 0/0 = NaN.</summary>
    private static double RatioOf(double medianA, double medianB) => medianA / medianB;
}
