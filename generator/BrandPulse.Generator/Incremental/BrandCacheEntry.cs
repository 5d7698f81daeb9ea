using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Incremental;

/// <summary>A brand's kept figures, and the display name and hash of the complaints download written from them.</summary>
public sealed record BrandCacheEntry(BrandOwnFigures Computed, string DisplayName, string ComplaintsCsvHash);
