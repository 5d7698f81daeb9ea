namespace BrandPulse.Generator.Incremental;

/// <summary>
/// Which brands a build reads and computes, and which it takes from the brand cache.
/// </summary>
/// <param name="Keys">Every brand's cache key (its entry is saved under it after computing).</param>
/// <param name="Reused">The kept entries of the brands not read again.</param>
/// <param name="Read">The brands whose complaints are read; null to read every brand, in one scan.</param>
public sealed record BrandReadPlan(IReadOnlyDictionary<long, string> Keys, IReadOnlyDictionary<long, BrandCacheEntry> Reused,
    IReadOnlySet<long>? Read);
