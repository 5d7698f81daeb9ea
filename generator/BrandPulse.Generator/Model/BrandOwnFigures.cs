using BrandPulse.Data.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Model;

/// <summary>
/// What one brand's complaints give on their own, before ranking: figures per channel (their Brand is replaced by the
/// current record when assembled), each ranked channel's bootstrap medians, the phone/Twitter gap, the newest
/// complaints, the curves of its chart and its complaints per source (count and period). Kept between builds by <see cref="Incremental.BrandCacheStore"/>.
/// </summary>
public sealed record BrandOwnFigures(
    long BrandId,
    IReadOnlyList<ChannelFigures> Channels,
    IReadOnlyDictionary<string, BootstrapMedians> Medians,
    GapEstimate? Gap,
    IReadOnlyList<CountedComplaint> Recent,
    IReadOnlyList<Charts.WaitSeries> Chart,
    IReadOnlyList<SourceSummary> Sources);
