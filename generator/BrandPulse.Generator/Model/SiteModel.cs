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
    long PeriodEndMs,
    double AnsweredOnlyShare,
    IReadOnlyList<MonthFigures> Trend,
    AnswerKindFigures Kinds)
{
    /// <summary>
    /// The Kaplan-Meier share answered within 3 minutes: no longer published for the phone (a caller who gave up is
    /// not "still waiting"; see <see cref="Law"/>), so empty unless set.
    /// </summary>
    public ShareEstimate Within3Min { get; init; } = ShareEstimate.Unknown;

    /// <summary>The Ley 10/2025 figures on this channel (see <see cref="Computation.LawComputation"/>); null unless computed.</summary>
    public ChannelLawFigures? Law { get; init; }
}

/// <summary>The same figures for one calendar month (UTC) of complaints.</summary>
public sealed record MonthFigures(string Month, ResponseSummary Summary);

/// <summary>
/// What the first responses were: counts per kind, and the time to the first substantive answer (censored where
/// none came), beside the time to the first answer of any kind.
/// </summary>
public sealed record AnswerKindFigures(IReadOnlyDictionary<string, int> Counts, int Classified, ResponseSummary? Substantive)
{
    /// <summary>
    /// Share of classified first answers that were only a deflection (move to a private channel, automatic, asking the
    /// customer to repeat what they said).
    /// </summary>
    public double? DeflectionShare => Classified == 0 ? null
        : (Counts.GetValueOrDefault(AnswerKinds.PrivateChannel) + Counts.GetValueOrDefault(AnswerKinds.Automatic)
            + Counts.GetValueOrDefault(AnswerKinds.Repeat)) / (double)Classified;
}

/// <summary>
/// How many times longer the median wait is on the phone than on Twitter/X for one brand, with its bootstrap
/// interval (null ends: unbounded). Below 1, the phone is faster.
/// </summary>
public sealed record ChannelGapFigures(ChannelFigures Twitter, ChannelFigures Phone, GapEstimate Gap);

/// <summary>A brand and its figures per channel.</summary>
public sealed record BrandFigures(Brand Brand, IReadOnlyList<ChannelFigures> Channels, IReadOnlyList<string> Accounts,
    ChannelGapFigures? Gap = null, IReadOnlyList<CountedComplaint>? RecentComplaints = null)
{
    /// <summary>The curves of its "still waiting" chart, when computed with the figures (else drawn from the observations).</summary>
    public IReadOnlyList<Charts.WaitSeries>? ChartSeries { get; init; }

    /// <summary>The most recent complaints counted (for the brand page's check list), newest first.</summary>
    public IReadOnlyList<CountedComplaint> Recent => RecentComplaints ?? [];

    /// <summary>Complaints counted in the figures, over all channels.</summary>
    public int Counted => Channels.Sum(c => c.Summary.N);

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
    string? Edition,
    IReadOnlyList<(string Alias, string Slug)>? SlugAliases = null)
{
    /// <summary>The field campaigns' names, by slug (the scoreboard names the campaign each figure comes from).</summary>
    public IReadOnlyDictionary<string, string> CampaignNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Each ranked brand's bootstrap medians per channel, by slug then channel: the ones its rank interval comes from
    /// (seeded, so the same in every build); published for the comparison (<see cref="SiteFiles.BootstrapFiles"/>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, BootstrapMedians>> Medians { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, BootstrapMedians>>(StringComparer.Ordinal);

    /// <summary>Addresses of merged brands and the slug they redirect to.</summary>
    public IReadOnlyList<(string Alias, string Slug)> Aliases => SlugAliases ?? [];

    /// <summary>Brands with enough complaints on both the phone and Twitter/X to compare them.</summary>
    public IEnumerable<BrandFigures> WithGap => Brands.Where(b => b.Gap is not null);
}
