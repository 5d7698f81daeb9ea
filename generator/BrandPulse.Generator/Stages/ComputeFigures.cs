using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The compute stage (pure): groups complaints by brand and channel, summarises each group with the published
/// estimators, and ranks brands per channel with bootstrap rank intervals.
/// </summary>
public static class ComputeFigures
{
    /// <summary>Sources whose conversations were selected because the brand answered them.</summary>
    public static readonly IReadOnlySet<string> AnsweredOnlySources = new HashSet<string>(StringComparer.Ordinal) { "ibm-cdp" };

    public static SiteModel From(Snapshot snapshot, string? edition = null)
    {
        Dictionary<long, Brand> brands = snapshot.Brands.ToDictionary(b => b.Id);
        ILookup<long, BrandAccount> accounts = snapshot.Accounts.ToLookup(a => a.BrandId);
        var byBrand = new List<BrandFigures>();
        foreach (IGrouping<long, ComplaintRow> brandRows in snapshot.Complaints.GroupBy(c => c.BrandId))
        {
            Brand brand = brands[brandRows.Key];
            List<ChannelFigures> channels = brandRows
                .GroupBy(c => c.Channel)
                .Select(g => Figures(brand, g.Key, g.ToList()))
                .OrderBy(f => ChannelOrder(f.Channel)).ThenBy(f => f.Channel, StringComparer.Ordinal)
                .ToList();
            byBrand.Add(new BrandFigures(brand, channels,
                accounts[brand.Id].Select(a => $"{a.Channel}:{a.Handle}").Order(StringComparer.Ordinal).ToList(),
                RecentComplaints: Recent(brandRows)));
        }

        List<ChannelRanking> rankings = Rank(byBrand);
        Dictionary<(long, string), ChannelFigures> ranked = rankings.SelectMany(r => r.All).ToDictionary(f => (f.Brand.Id, f.Channel));
        List<BrandFigures> final = byBrand
            .Select(b => b with { Channels = b.Channels.Select(c => ranked[(b.Brand.Id, c.Channel)]).ToList() })
            .Select(b => b with { Gap = GapOf(b) })
            .OrderBy(b => b.Brand.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(b => b.Brand.Slug, StringComparer.Ordinal)
            .ToList();

        long start = snapshot.Complaints.Count == 0 ? 0 : snapshot.Complaints.Min(c => c.ComplainedAtMs);
        long end = snapshot.Complaints.Count == 0 ? 0 : snapshot.Complaints.Max(c => c.ComplainedAtMs);
        return new SiteModel(final, rankings, snapshot.Sources, start, end, snapshot.Complaints.Count, edition, snapshot.Aliases);
    }

    private static ChannelFigures Figures(Brand brand, string channel, List<ComplaintRow> rows)
    {
        List<ComplaintRow> usable = rows.Where(r => r.Quality is null).ToList();
        List<WaitObservation> observations = usable.Select(r => new WaitObservation(r.WaitMinutes, r.Answered)).ToList();
        ResponseSummary summary = ResponseSummary.Of(observations);
        FigureStatus status = RankingRules.IsRanked(observations.Count) ? FigureStatus.Ranked
            : RankingRules.IsShown(observations.Count) ? FigureStatus.Shown : FigureStatus.TooFew;
        int answeredOnly = usable.Count(r => AnsweredOnlySources.Contains(r.Source));
        return new ChannelFigures(brand, channel, summary, observations, status, null,
            Illustrative: usable.Any(r => r.Illustrative),
            SelectedBecauseAnswered: usable.Count > 0 && answeredOnly == usable.Count,
            LeftOutForQuality: rows.Count - usable.Count,
            PeriodStartMs: rows.Min(r => r.ComplainedAtMs),
            PeriodEndMs: rows.Max(r => r.ComplainedAtMs),
            AnsweredOnlyShare: usable.Count == 0 ? 0 : answeredOnly / (double)usable.Count,
            Trend: Trend(usable),
            Kinds: Kinds(usable));
    }

    /// <summary>The newest complaints counted, as the brand page lists them (ties broken by every shown value).</summary>
    private static List<CountedComplaint> Recent(IEnumerable<ComplaintRow> rows) => rows
        .Where(r => r.Quality is null)
        .OrderByDescending(r => r.ComplainedAtMs).ThenBy(r => r.Channel, StringComparer.Ordinal).ThenBy(r => r.WaitSeconds).ThenBy(r => r.Answered)
        .Take(BrandCheckRows)
        .Select(r => new CountedComplaint(
            DateTimeOffset.FromUnixTimeMilliseconds(r.ComplainedAtMs - (r.ComplainedAtMs % 3_600_000)).UtcDateTime
                .ToString("yyyy-MM-dd HH':00'", System.Globalization.CultureInfo.InvariantCulture),
            r.Channel, r.WaitMinutes,
            !r.Answered ? "still waiting" : r.ResponseKind is { } kind ? "answered: " + Pages.BrandExtras.KindName(kind).ToLowerInvariant() : "answered"))
        .ToList();

    /// <summary>How many complaints a brand page lists; the rest are in the brand's complaints.csv.</summary>
    public const int BrandCheckRows = 50;

    /// <summary>Per calendar month (UTC) of the complaint, the months with enough complaints to show figures.</summary>
    private static List<MonthFigures> Trend(List<ComplaintRow> usable) => usable
        .GroupBy(r => Month(r.ComplainedAtMs))
        .Where(g => RankingRules.IsShown(g.Count()))
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new MonthFigures(g.Key, ResponseSummary.Of(g.Select(r => new WaitObservation(r.WaitMinutes, r.Answered)).ToList())))
        .ToList();

    public static string Month(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static AnswerKindFigures Kinds(List<ComplaintRow> usable)
    {
        var counts = usable.Where(r => r.Answered && r.ResponseKind is not null)
            .GroupBy(r => r.ResponseKind!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int classified = counts.Values.Sum();
        ResponseSummary? substantive = classified == 0 ? null : ResponseSummary.Of(usable
            .Select(r => r.FirstSubstantiveAtMs is long s
                ? new WaitObservation(Math.Round((s - r.ComplainedAtMs) / 1000.0, MidpointRounding.AwayFromZero) / 60.0, true)
                : new WaitObservation(Math.Round((Math.Max(r.ObservedUntilMs, r.FirstResponseAtMs ?? 0) - r.ComplainedAtMs) / 1000.0,
                    MidpointRounding.AwayFromZero) / 60.0, false))
            .ToList());
        return new AnswerKindFigures(counts, classified, substantive);
    }

    private static ChannelGapFigures? GapOf(BrandFigures brand)
    {
        ChannelFigures? twitter = brand.On(Channels.Twitter);
        ChannelFigures? phone = brand.On(Channels.Phone);
        if (twitter is null || phone is null || twitter.Status == FigureStatus.TooFew || phone.Status == FigureStatus.TooFew)
        {
            return null;
        }

        return new ChannelGapFigures(twitter, phone,
            ChannelGap.Compute(phone.Observations, twitter.Observations, RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed));
    }

    private static List<ChannelRanking> Rank(List<BrandFigures> brands)
    {
        var result = new List<ChannelRanking>();
        foreach (IGrouping<string, ChannelFigures> channel in brands.SelectMany(b => b.Channels).GroupBy(f => f.Channel)
                     .OrderBy(g => ChannelOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            List<ChannelFigures> eligible = channel.Where(f => f.Status == FigureStatus.Ranked)
                .OrderBy(f => f.Brand.Slug, StringComparer.Ordinal).ToList();
            IReadOnlyList<RankInterval> intervals = RankIntervals.Compute(
                eligible.Select(f => new RankCandidate(f.Brand.Slug, f.Observations)).ToList(),
                RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed);
            Dictionary<string, RankInterval> bySlug = intervals.ToDictionary(i => i.Key, StringComparer.Ordinal);
            List<ChannelFigures> ranked = eligible.Select(f => f with { Rank = bySlug[f.Brand.Slug] })
                .OrderBy(f => f.Rank!.Rank).ToList();
            List<ChannelFigures> unranked = channel.Where(f => f.Status != FigureStatus.Ranked)
                .OrderByDescending(f => f.Status).ThenByDescending(f => f.Summary.N)
                .ThenBy(f => f.Brand.Slug, StringComparer.Ordinal).ToList();
            result.Add(new ChannelRanking(channel.Key, ranked, unranked));
        }

        return result;
    }

    /// <summary>Twitter and phone first (the comparison BrandPulse exists for), then the rest by name.</summary>
    public static int ChannelOrder(string channel) => channel switch
    {
        Channels.Twitter => 0,
        Channels.Phone => 1,
        _ => 2,
    };
}
