namespace BrandPulse.Statistics;

/// <summary>
/// A candidate's place in the ranking: rank 1 has the shortest Kaplan-Meier median wait.
/// </summary>
/// <param name="Key">The candidate's key.</param>
/// <param name="Rank">Point rank from the full data (a median not reached ranks last; equal medians in key order).</param>
/// <param name="Lower">Best plausible rank: 2.5% bootstrap percentile of the rank (widened to include Rank).</param>
/// <param name="Upper">Worst plausible rank: 97.5% bootstrap percentile of the rank (widened to include Rank).</param>
/// <param name="TiedWithNext">True when the next-ranked candidate has exactly the same median (or both are not
/// reached), so only the key separates them.</param>
public sealed record RankInterval(string Key, int Rank, int Lower, int Upper, bool TiedWithNext);
