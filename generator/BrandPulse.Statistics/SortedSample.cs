using System.Runtime.CompilerServices;

namespace BrandPulse.Statistics;

/// <summary>
/// One group of complaints sorted once for fast bootstrap medians. Each complaint gets a cell code:
/// 2 * (index of its distinct time) + (0 answered, 1 still waiting). A replicate draws N complaints with
/// replacement, counts them per cell in a reused buffer, and walks the cells once to find the Kaplan-Meier
/// quantile with the same arithmetic and the same R <c>findq</c> rules as <see cref="KaplanMeier"/> and
/// <see cref="QuantileFinder"/> (no sort and no allocation per replicate).
/// </summary>
internal sealed class SortedSample
{
    private readonly double[] _times;
    private readonly int[] _cellOf;

    private SortedSample(double[] times, int[] cellOf)
    {
        _times = times;
        _cellOf = cellOf;
    }

    internal int Count => _cellOf.Length;

    /// <summary>Length of the per-replicate count buffer to pass to <see cref="ResampledQuantile"/>.</summary>
    internal int CellCount => 2 * _times.Length;

    internal static SortedSample From(IReadOnlyList<WaitObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        double[] minutes = new double[observations.Count];
        for (int i = 0; i < minutes.Length; i++)
        {
            minutes[i] = KaplanMeier.Validated(observations[i]).Minutes;
        }

        double[] distinct = [.. minutes.Distinct().Order()];
        int[] cellOf = new int[minutes.Length];
        for (int i = 0; i < minutes.Length; i++)
        {
            cellOf[i] = (2 * Array.BinarySearch(distinct, minutes[i])) + (observations[i].Answered ? 0 : 1);
        }

        return new SortedSample(distinct, cellOf);
    }

    /// <summary>
    /// Draws one bootstrap resample into <paramref name="counts"/> (length <see cref="CellCount"/>) and
    /// returns its Kaplan-Meier p-quantile, or +infinity when it is not reached.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip tier-0 JIT on the first run
    internal double ResampledQuantile(ref Xoshiro256StarStar random, Span<int> counts, double p)
    {
        counts.Clear();
        int n = _cellOf.Length;
        int draw = 0;
        for (; draw + 1 < n; draw += 2)
        {
            var (first, second) = random.NextIntPair(n);
            counts[_cellOf[first]]++;
            counts[_cellOf[second]]++;
        }

        if (draw < n)
        {
            counts[_cellOf[random.NextInt(n)]]++;
        }

        return QuantileOfCounts(counts, p);
    }

    /// <summary>The p-quantile of the sample itself (every complaint counted once); +infinity if not reached.</summary>
    internal double Quantile(double p)
    {
        int[] counts = new int[CellCount];
        foreach (int cell in _cellOf)
        {
            counts[cell]++;
        }

        return QuantileOfCounts(counts, p);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal double QuantileOfCounts(ReadOnlySpan<int> counts, double p)
    {
        double tolerance = QuantileFinder.Tolerance;
        int atRisk = 0;
        foreach (int count in counts)
        {
            atRisk += count;
        }

        double survival = 1.0;
        double cdf = 0.0;
        int first = -1;
        for (int time = 0; time < _times.Length && atRisk > 0; time++)
        {
            // Branch-free on purpose: with no events the factor is exactly 1, leaving S unchanged bit for bit,
            // and cdf can only cross p where S changes, i.e. at a time with events.
            int events = counts[2 * time];
            survival *= (double)(atRisk - events) / atRisk;
            cdf = 1.0 - survival;
            if (cdf + tolerance >= p)
            {
                first = first < 0 ? time : first;
                if (cdf - tolerance >= p)
                {
                    // findq's second index: the curve is clearly past p here. Once found, the last point
                    // cannot be within tol of p, so nothing later can change the answer.
                    return (_times[first] + _times[time]) / 2;
                }
            }

            atRisk -= events + counts[(2 * time) + 1];
        }

        // R: max(y) < p gives NA; a flat within tol of p at the end of the curve gives the midpoint of that
        // flat and the last time of the curve (answered or not).
        if (cdf < p || first < 0 || Math.Abs(p - cdf) >= tolerance)
        {
            return double.PositiveInfinity;
        }

        return (_times[first] + _times[LastTimeWithCount(counts)]) / 2;
    }

    private int LastTimeWithCount(ReadOnlySpan<int> counts)
    {
        for (int time = _times.Length - 1; time > 0; time--)
        {
            if (counts[2 * time] + counts[(2 * time) + 1] > 0)
            {
                return time;
            }
        }

        return 0;
    }
}
