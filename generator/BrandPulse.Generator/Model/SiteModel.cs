using BrandPulse.Data.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Model;

/// <summary>Whether a brand's figures on a channel are ranked, shown unranked, or too few to show.</summary>
public enum FigureStatus
{
    TooFew,
    Shown,
    Ranked,
}

/// <summary>A brand's figures on one channel, computed from its complaints (waiting ones censored).</summary>
public sealed record ChannelFigures(
    Brand Brand,
    string Channel,
    ResponseSummary Summary,
    IReadOnlyList<WaitObservation> Observations,
    FigureStatus Status,
    RankInterval? Rank,
    bool Illustrative,
    bool SelectedBecauseAnswered,
    int LeftOutForQuality,
    long PeriodStartMs,
    long PeriodEndMs);

/// <summary>A brand and its figures per channel.</summary>
public sealed record BrandFigures(Brand Brand, IReadOnlyList<ChannelFigures> Channels, IReadOnlyList<string> Accounts)
{
    public ChannelFigures? On(string channel) => Channels.FirstOrDefault(c => c.Channel == channel);
}

/// <summary>One channel's league: ranked brands in rank order, brands shown apart, brands with too few complaints.</summary>
public sealed record ChannelRanking(string Channel, IReadOnlyList<ChannelFigures> Ranked, IReadOnlyList<ChannelFigures> Unranked)
{
    public IEnumerable<ChannelFigures> All => Ranked.Concat(Unranked);
}

/// <summary>Everything the pages, charts and downloads are rendered from.</summary>
public sealed record SiteModel(
    IReadOnlyList<BrandFigures> Brands,
    IReadOnlyList<ChannelRanking> Rankings,
    IReadOnlyList<SourceSummary> Sources,
    long PeriodStartMs,
    long PeriodEndMs,
    int TotalComplaints,
    string? Edition);
