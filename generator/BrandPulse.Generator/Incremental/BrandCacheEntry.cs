using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Incremental;

/// <summary>A brand's kept figures, and the display name and hash of the complaints download written from them.</summary>
public sealed record BrandCacheEntry(BrandOwnFigures Computed, string DisplayName, string ComplaintsCsvHash)
{
    /// <summary>
    /// The digest of each channel's figures (<see cref="BrandCacheFormat.ChannelDigests"/>), kept with them; empty when
    /// not worked out (then the pages listing the brand are rendered again).
    /// </summary>
    public IReadOnlyDictionary<string, string> ChannelDigests { get; init; } = new Dictionary<string, string>();
}
