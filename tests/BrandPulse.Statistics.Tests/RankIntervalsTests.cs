namespace BrandPulse.Statistics.Tests;

public sealed class RankIntervalsTests
{
    private static RankCandidate Candidate(string key, double from, double step, int count = 30, bool answered = true) =>
        new(key, [.. Enumerable.Range(0, count).Select(i => new WaitObservation(from + (i * step), answered))]);

    [Fact]
    public void Clearly_separated_brands_get_exact_ranks_by_shortest_median()
    {
        // Given medians around 1.3 (fast), 14.5 (middle) and 145 (slow) minutes with no overlap at all
        RankCandidate[] candidates =
        [
            Candidate("slow", 100, 3),
            Candidate("fast", 1, 0.02),
            Candidate("middle", 10, 0.3),
        ];

        // When ranked
        IReadOnlyList<RankInterval> ranking = RankIntervals.Compute(candidates, 200, 1);

        // Then every resample keeps the order, so each interval is a single rank
        Assert.Equal(
            [
                new RankInterval("fast", 1, 1, 1, false),
                new RankInterval("middle", 2, 2, 2, false),
                new RankInterval("slow", 3, 3, 3, false),
            ],
            ranking);
    }

    [Fact]
    public void Not_reached_medians_rank_after_all_reached_ones_and_share_their_places()
    {
        // Given one brand answering everything and two brands that answered nobody
        RankCandidate[] candidates =
        [
            Candidate("silent-b", 10, 1, answered: false),
            Candidate("answers", 10, 1),
            Candidate("silent-a", 10, 1, answered: false),
        ];

        // When ranked
        IReadOnlyList<RankInterval> ranking = RankIntervals.Compute(candidates, 50, 1);

        // Then "answers" is first; the silent ones are +infinity, ordered by key, tied, and both span places 2-3
        Assert.Equal(
            [
                new RankInterval("answers", 1, 1, 1, false),
                new RankInterval("silent-a", 2, 2, 3, true),
                new RankInterval("silent-b", 3, 2, 3, false),
            ],
            ranking);
    }

    [Fact]
    public void Identical_brands_are_tied_in_key_order_and_share_the_interval()
    {
        // Given two brands with exactly the same complaints
        RankCandidate[] candidates = [Candidate("zeta", 5, 1), Candidate("alpha", 5, 1)];

        // When ranked
        IReadOnlyList<RankInterval> ranking = RankIntervals.Compute(candidates, 100, 9);

        // Then alpha comes first by key only, marked tied; each brand's resamples differ, so both may be 1st or 2nd
        Assert.Equal(
            [new RankInterval("alpha", 1, 1, 2, true), new RankInterval("zeta", 2, 1, 2, false)],
            ranking);
    }

    [Fact]
    public void Results_are_reproducible_and_independent_of_candidate_order()
    {
        // Given overlapping brands (medians 19.5, 20.5, 21.5 with spread 1..40 each)
        RankCandidate[] candidates = [Candidate("a", 0, 1.0, 40), Candidate("b", 1, 1.0, 40), Candidate("c", 2, 1.0, 40)];

        // When ranked twice, once with the list reversed
        IReadOnlyList<RankInterval> first = RankIntervals.Compute(candidates, 200, RankingRules.BootstrapSeed);
        IReadOnlyList<RankInterval> second = RankIntervals.Compute([.. candidates.Reverse()], 200, RankingRules.BootstrapSeed);

        // Then identical results; the point ranks follow the medians and every interval contains its rank
        // and is wider than a single place (the medians are within bootstrap noise of each other)
        Assert.Equal(first, second);
        Assert.Equal(["a", "b", "c"], first.Select(r => r.Key));
        Assert.All(first, r => Assert.InRange(r.Rank, r.Lower, r.Upper));
        Assert.All(first, r => Assert.True(r.Upper > r.Lower));
    }

    [Fact]
    public void A_different_seed_can_change_the_bootstrap_but_not_the_point_ranks()
    {
        // Given overlapping brands
        RankCandidate[] candidates = [Candidate("a", 0, 1.0, 40), Candidate("b", 1, 1.0, 40), Candidate("c", 2, 1.0, 40)];

        // When ranked with two seeds / Then point ranks are the same
        Assert.Equal(
            RankIntervals.Compute(candidates, 50, 1).Select(r => (r.Key, r.Rank)),
            RankIntervals.Compute(candidates, 50, 2).Select(r => (r.Key, r.Rank)));
    }

    [Fact]
    public void Duplicate_keys_and_zero_replicates_are_rejected()
    {
        // Given invalid input / When ranked / Then refused
        Assert.Throws<ArgumentException>(() => RankIntervals.Compute([Candidate("x", 1, 1), Candidate("x", 2, 1)], 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankIntervals.Compute([Candidate("x", 1, 1)], 0, 1));
    }

    [Fact]
    public void An_empty_list_and_an_empty_candidate_are_handled()
    {
        // Given no candidates, and a candidate without complaints
        // When ranked / Then an empty ranking, and the empty candidate ranks last as "not reached"
        Assert.Empty(RankIntervals.Compute([], 10, 1));
        Assert.Equal(
            [new RankInterval("has-data", 1, 1, 1, false), new RankInterval("no-data", 2, 2, 2, false)],
            RankIntervals.Compute([new RankCandidate("no-data", []), Candidate("has-data", 1, 1)], 10, 1));
    }

    [Fact]
    public void Replicate_ranks_count_the_medians_below_and_not_above_among_many_ties_and_unreached_medians()
    {
        // Given 60 brands whose 40 replicate medians take only five values (so most are tied), one of them "not reached"
        var random = new Random(7);
        double[] levels = [1, 2, 2.5, 3, double.PositiveInfinity];
        List<BootstrapMedians> candidates = [.. Enumerable.Range(0, 60).Select(i => new BootstrapMedians(
            $"b{i:D2}", levels[i % 4] + (i / 100.0), [.. Enumerable.Range(0, 40).Select(_ => levels[random.Next(levels.Length)])]))];

        // When ranked
        IReadOnlyList<RankInterval> ranked = RankIntervals.FromMedians(candidates);

        // Then each interval is the percentile interval of, per replicate, 1 + the medians below the brand's (best) and
        // the medians not above it (worst), widened to hold the point rank
        List<BootstrapMedians> byPoint = [.. candidates.OrderBy(c => c.Point).ThenBy(c => c.Key, StringComparer.Ordinal)];
        RankInterval[] expected = [.. byPoint.Select((c, position) =>
        {
            int[] best = [.. Enumerable.Range(0, 40).Select(b => 1 + candidates.Count(o => o.Replicates[b] < c.Replicates[b]))];
            int[] worst = [.. Enumerable.Range(0, 40).Select(b => candidates.Count(o => o.Replicates[b] <= c.Replicates[b]))];
            int rank = position + 1;
            return new RankInterval(c.Key, rank, Math.Min(BootstrapPercentile.Interval<int>(best).Low, rank),
                Math.Max(BootstrapPercentile.Interval<int>(worst).High, rank),
                position + 1 < byPoint.Count && byPoint[position + 1].Point == c.Point);
        })];
        Assert.Equal(expected, ranked);
        Assert.Contains(ranked, r => r.Lower < r.Rank && r.Upper > r.Rank); // the ties make real intervals
    }
}
