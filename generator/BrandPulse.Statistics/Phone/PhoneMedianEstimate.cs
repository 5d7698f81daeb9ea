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
    public static PhoneMedianEstimate Of(IReadOnlyList<PhoneCall> calls, int replicates, ulong seed, string key) =>
        WithReplicates(calls, replicates, seed, key).Estimate;

    /// <summary>
    /// <see cref="Of"/> together with the point median and every replicate's median in seconds (+infinity: not
    /// reached), for ranking brands from the same bootstrap (<see cref="BootstrapMedians"/>).
    /// </summary>
    public static (PhoneMedianEstimate Estimate, double Point, double[] Medians) WithReplicates(
        IReadOnlyList<PhoneCall> calls, int replicates, ulong seed, string key)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        PhoneCall[] sorted = AalenJohansen.Sorted(calls);
        double[] medians = new double[replicates];
        if (sorted.Length == 0)
        {
            Array.Fill(medians, double.PositiveInfinity);
            return (new PhoneMedianEstimate(null, null, null, replicates), double.PositiveInfinity, medians);
        }

        PhoneCells cells = PhoneCells.From(sorted);
        int[] counts = new int[cells.SlotCount];
        cells.CountAll(counts);
        double point = cells.Median(counts);

        var random = Xoshiro256StarStar.ForStream(seed, Xoshiro256StarStar.StreamId(key));
        for (int b = 0; b < replicates; b++)
        {
            cells.CountResample(ref random, counts);
            medians[b] = cells.Median(counts);
        }

        double[] sortedMedians = [.. medians];
        var (low, high) = BootstrapPercentile.Interval<double>(sortedMedians);
        return (new PhoneMedianEstimate(Finite(point), Finite(low), Finite(high), replicates), point, medians);
    }

    private static double? Finite(double value) => double.IsPositiveInfinity(value) ? null : value;
}
