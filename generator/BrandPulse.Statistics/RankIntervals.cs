namespace BrandPulse.Statistics;

/// <summary>
/// Ranks candidates by Kaplan-Meier median wait (shortest first) with bootstrap intervals for each rank.
/// </summary>
/// <remarks>
/// Each candidate's complaints are resampled with replacement within the candidate, using its own random
/// stream derived from (seed, key); results therefore do not depend on thread scheduling or on the order of
/// the candidate list. Per replicate a candidate's rank is counted both optimistically (1 + number of strictly
/// shorter medians) and pessimistically (number of medians at most as long), so tied medians (including several
/// "not reached", treated as +infinity) share the whole range of tied places. Lower is the 2.5% percentile of
/// the optimistic ranks and Upper the 97.5% percentile of the pessimistic ranks (see
/// <see cref="BootstrapPercentile"/>), widened if needed to contain the point rank.
/// Benchmark note (measured once with a throwaway Release console on the 2-core AMD EPYC build VM, .NET 10.0.401,
/// synthetic exponential waits rounded to 0.1 min, 85% answered): one call with 3,000 candidates x 300
/// complaints x 200 replicates took 0.57-1.0 s (best of 5 per run, the VM is noisy); 6 calls of 500 candidates
/// 0.62-0.95 s; the first, cold call of a process 2-3.5 s while other builds ran. Single-threaded, one
/// observation-replicate costs about 6 ns (draw + one-pass median). ResponseSummary.Of for the same
/// 3,000 groups took about 0.2 s. Re-run with RankIntervalsTests.Benchmark (skipped by default).
/// </remarks>
public static class RankIntervals
{
    public static IReadOnlyList<RankInterval> Compute(IReadOnlyList<RankCandidate> candidates, int replicates, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (RankCandidate candidate in candidates)
        {
            if (!keys.Add(candidate.Key))
            {
                throw new ArgumentException($"Duplicate candidate key '{candidate.Key}'.", nameof(candidates));
            }
        }

        var prepared = new BootstrapMedians[candidates.Count];
        Parallel.For(0, candidates.Count, i => prepared[i] = Bootstrap(candidates[i].Observations, replicates, seed, candidates[i].Key));
        return FromMedians(prepared);
    }

    /// <summary>
    /// One candidate's point median and bootstrap medians: everything ranking needs from its complaints. It depends on
    /// that candidate alone (its own random stream), so it can be kept between builds while other candidates change.
    /// </summary>
    public static BootstrapMedians Bootstrap(IReadOnlyList<WaitObservation> observations, int replicates, ulong seed, string key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        SortedSample sample = SortedSample.From(observations);
        return new BootstrapMedians(key, sample.Quantile(0.5), ResampleMedians(sample, replicates, seed, key));
    }

    /// <summary>Ranks candidates from their <see cref="Bootstrap"/> medians (all with the same number of replicates).</summary>
    public static IReadOnlyList<RankInterval> FromMedians(IReadOnlyList<BootstrapMedians> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() != candidates.Count)
        {
            throw new ArgumentException("Duplicate candidate key.", nameof(candidates));
        }

        int k = candidates.Count;
        int replicates = k == 0 ? 0 : candidates[0].Replicates.Length;
        if (candidates.Any(c => c.Replicates.Length != replicates))
        {
            throw new ArgumentException("Every candidate needs the same number of replicates.", nameof(candidates));
        }

        double[] pointMedians = [.. candidates.Select(c => c.Point)];
        double[][] medians = [.. candidates.Select(c => c.Replicates)];
        int[] order = [.. Enumerable.Range(0, k)];
        Array.Sort(order, (a, b) =>
        {
            int byMedian = pointMedians[a].CompareTo(pointMedians[b]);
            return byMedian != 0 ? byMedian : string.CompareOrdinal(candidates[a].Key, candidates[b].Key);
        });

        var (best, worst) = ReplicateRanks(medians, replicates);
        var result = new RankInterval[k];
        for (int position = 0; position < k; position++)
        {
            int i = order[position];
            int rank = position + 1;
            int lower = Math.Min(BootstrapPercentile.Interval<int>(best[i]).Low, rank);
            int upper = Math.Max(BootstrapPercentile.Interval<int>(worst[i]).High, rank);
            bool tiedWithNext = position + 1 < k && pointMedians[order[position + 1]] == pointMedians[i];
            result[position] = new RankInterval(candidates[i].Key, rank, lower, upper, tiedWithNext);
        }

        return result;
    }

    private static double[] ResampleMedians(SortedSample sample, int replicates, ulong seed, string key)
    {
        var random = Xoshiro256StarStar.ForStream(seed, Xoshiro256StarStar.StreamId(key));
        int[] counts = new int[sample.CellCount];
        double[] medians = new double[replicates];
        for (int b = 0; b < replicates; b++)
        {
            medians[b] = sample.ResampledQuantile(ref random, counts, 0.5);
        }

        return medians;
    }

    private static (int[][] Best, int[][] Worst) ReplicateRanks(double[][] medians, int replicates)
    {
        int k = medians.Length;
        int[][] best = new int[k][];
        int[][] worst = new int[k][];
        for (int i = 0; i < k; i++)
        {
            best[i] = new int[replicates];
            worst[i] = new int[replicates];
        }

        // Per replicate, the values sorted with their candidates (CandidateSort: the framework's sort of keys with items is
        // compiled at run time, unoptimised for most of a build's short life, and three times slower): a run of equal
        // values [start, end) gives each of its candidates the best rank start + 1 (values below, plus one) and the
        // worst rank end (values not above). A NaN breaks runs of equal values: such a replicate is ranked by search.
        double[] column = new double[k];
        int[] order = new int[k];
        for (int b = 0; b < replicates; b++)
        {
            bool hasNaN = false;
            for (int i = 0; i < k; i++)
            {
                column[i] = medians[i][b];
                order[i] = i;
                hasNaN |= double.IsNaN(column[i]);
            }

            if (hasNaN)
            {
                RanksBySearch(medians, b, column, best, worst);
                continue;
            }

            CandidateSort.Sort(column, order);
            for (int start = 0, end; start < k; start = end)
            {
                for (end = start + 1; end < k && column[end] == column[start]; end++)
                {
                }

                for (int j = start; j < end; j++)
                {
                    best[order[j]][b] = start + 1;
                    worst[order[j]][b] = end;
                }
            }
        }

        return (best, worst);
    }

    /// <summary>The ranks of replicate <paramref name="b"/> by binary search (a NaN breaks runs of equal values).</summary>
    private static void RanksBySearch(double[][] medians, int b, double[] column, int[][] best, int[][] worst)
    {
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = medians[i][b];
        }

        Array.Sort(column);
        for (int i = 0; i < column.Length; i++)
        {
            double value = medians[i][b];
            best[i][b] = 1 + FirstIndexNotBelow(column, value);
            worst[i][b] = FirstIndexAbove(column, value);
        }
    }

    private static int FirstIndexNotBelow(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int FirstIndexAbove(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
