namespace BrandPulse.Statistics;

/// <summary>
/// The phone median, in seconds from connection: the time by which half of all callers had reached a person
/// (Aalen-Johansen), with a bootstrap 95% percentile interval. Null <see cref="Seconds"/> is "not reached";
/// a null end means that end is "not reached" in at least 2.5% of the replicates.
/// </summary>
public sealed record PhoneMedianEstimate(double? Seconds, double? LowerSeconds, double? UpperSeconds, int Replicates)
{
    /// <summary>
    /// Point median from <see cref="AalenJohansen"/> and its interval from <paramref name="replicates"/> resamples of the
    /// calls with replacement, drawn from the xoshiro256** stream of (<paramref name="seed"/>, <paramref name="key"/>)
    /// so the result is the same on every machine and independent of other keys; ends are the k-th smallest and
    /// k-th largest replicate medians, k = ceil(0.025 B) (<see cref="BootstrapPercentile"/>).
    /// </summary>
    public static PhoneMedianEstimate Of(IReadOnlyList<PhoneCall> calls, int replicates, ulong seed, string key)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        PhoneCall[] sorted = AalenJohansen.Sorted(calls);
        if (sorted.Length == 0)
        {
            return new PhoneMedianEstimate(null, null, null, replicates);
        }

        PhoneCells cells = PhoneCells.From(sorted);
        int[] counts = new int[cells.SlotCount];
        cells.CountAll(counts);
        double point = cells.Median(counts);

        var random = Xoshiro256StarStar.ForStream(seed, Xoshiro256StarStar.StreamId(key));
        double[] medians = new double[replicates];
        for (int b = 0; b < replicates; b++)
        {
            cells.CountResample(ref random, counts);
            medians[b] = cells.Median(counts);
        }

        var (low, high) = BootstrapPercentile.Interval<double>(medians);
        return new PhoneMedianEstimate(Finite(point), Finite(low), Finite(high), replicates);
    }

    private static double? Finite(double value) => double.IsPositiveInfinity(value) ? null : value;
}
