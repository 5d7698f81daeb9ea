using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The compute stage (pure), in two steps: <see cref="Brand"/> summarises one brand's complaints per channel with the
/// published estimators and draws its bootstrap medians (it depends on that brand alone, so an incremental build keeps
/// it); <see cref="Assemble"/> ranks every brand per channel with bootstrap rank intervals from those medians.
/// </summary>
public static class ComputeFigures
{
    /// <summary>Sources whose conversations were selected because the brand answered them.</summary>
    public static readonly IReadOnlySet<string> AnsweredOnlySources = new HashSet<string>(StringComparer.Ordinal) { "ibm-cdp" };

    /// <summary>Computes the brands read and assembles the site's figures with those kept from the last build.</summary>
    public static void Run(BuildState state)
    {
        Dictionary<long, List<ComplaintRow>> rows = RowsByBrand(state.Snapshot);
        state.Rows = rows;
        state.Computed = Brands(state.Snapshot, rows);
        state.Model = Assemble(state.Snapshot, [.. state.Plan.Reused.Values.Select(e => e.Computed), .. state.Computed], state.Options.Edition);
        if (state.ManyRows)
        {
            BuildState.ReleaseMemory();
        }
    }

    public static SiteModel From(Snapshot snapshot, string? edition = null) =>
        Assemble(snapshot, Brands(snapshot, RowsByBrand(snapshot)), edition);

    /// <summary>The snapshot's complaints per brand, each in <see cref="ComplaintOrder"/>.</summary>
    public static Dictionary<long, List<ComplaintRow>> RowsByBrand(Snapshot snapshot)
    {
        var rows = new Dictionary<long, List<ComplaintRow>>();
        foreach (ComplaintRow row in snapshot.Complaints)
        {
            if (!rows.TryGetValue(row.BrandId, out List<ComplaintRow>? own))
            {
                rows[row.BrandId] = own = [];
            }

            own.Add(row);
        }

        Parallel.ForEach(rows.Values, own => own.Sort(ComplaintOrder.Compare));
        return rows;
    }

    /// <summary>Computes every brand in <paramref name="rows"/>, on all cores.</summary>
    public static IReadOnlyList<BrandComputed> Brands(Snapshot snapshot, IReadOnlyDictionary<long, List<ComplaintRow>> rows)
    {
        Dictionary<long, Brand> brands = snapshot.Brands.ToDictionary(b => b.Id);
        return rows.AsParallel().Select(r => Brand(brands[r.Key], r.Value)).ToList();
    }

    /// <summary>
    /// Everything one brand's complaints give on their own, in <see cref="ComplaintOrder"/> (so
    /// the bootstrap draws the same complaints however they were read): figures per channel, bootstrap medians for the
    /// ranking, the channel gap and the newest complaints. Depends on nothing else, so it can be kept between builds.
    /// </summary>
    public static BrandComputed Brand(Brand brand, IReadOnlyList<ComplaintRow> rows)
    {
        var channels = new List<ChannelFigures>();
        var chart = new List<Charts.WaitSeries>();
        foreach ((string channel, List<ComplaintRow> own) in ByChannel(rows)
                     .OrderBy(c => ChannelOrder(c.Channel)).ThenBy(c => c.Channel, StringComparer.Ordinal))
        {
            (ChannelFigures figures, SurvivalCurve curve) = Figures(brand, channel, own);
            channels.Add(figures);
            if (figures.Status != FigureStatus.TooFew)
            {
                chart.Add(Charts.WaitChart.SeriesOf(channel, curve));
            }
        }

        Dictionary<string, BootstrapMedians> medians = channels
            .Where(f => f.Status == FigureStatus.Ranked)
            .ToDictionary(f => f.Channel,
                f => RankIntervals.Bootstrap(f.Observations, RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed, brand.Slug),
                StringComparer.Ordinal);
        return new BrandComputed(brand.Id, channels, medians, GapOf(channels), Recent(rows), chart, Sources(rows));
    }

    /// <summary>Rows in <see cref="ComplaintOrder"/> come channel by channel: the runs of each channel.</summary>
    private static List<(string Channel, List<ComplaintRow> Rows)> ByChannel(IReadOnlyList<ComplaintRow> rows)
    {
        var runs = new List<(string, List<ComplaintRow>)>();
        for (int start = 0; start < rows.Count;)
        {
            int end = start;
            while (end < rows.Count && string.Equals(rows[end].Channel, rows[start].Channel, StringComparison.Ordinal))
            {
                end++;
            }

            var run = new List<ComplaintRow>(end - start);
            for (int i = start; i < end; i++)
            {
                run.Add(rows[i]);
            }

            runs.Add((rows[start].Channel, run));
            start = end;
        }

        return runs;
    }

    private static List<SourceSummary> Sources(IReadOnlyList<ComplaintRow> rows)
    {
        var bySource = new Dictionary<string, (long Count, long First, long Last)>(StringComparer.Ordinal);
        foreach (ComplaintRow r in rows)
        {
            bySource[r.Source] = bySource.TryGetValue(r.Source, out var s)
                ? (s.Count + 1, Math.Min(s.First, r.ComplainedAtMs), Math.Max(s.Last, r.ComplainedAtMs))
                : (1, r.ComplainedAtMs, r.ComplainedAtMs);
        }

        return [.. bySource.Select(s => new SourceSummary(s.Key, s.Value.Count, s.Value.First, s.Value.Last))
            .OrderBy(s => s.Source, StringComparer.Ordinal)];
    }

    /// <summary>Ranks the brands per channel and puts the site's figures together (brands in name order).</summary>
    public static SiteModel Assemble(Snapshot snapshot, IReadOnlyList<BrandComputed> computed, string? edition)
    {
        Dictionary<long, Brand> brands = snapshot.Brands.ToDictionary(b => b.Id);
        ILookup<long, BrandAccount> accounts = snapshot.Accounts.ToLookup(a => a.BrandId);
        var medians = new Dictionary<(long, string), BootstrapMedians>();
        var gaps = new Dictionary<long, GapEstimate>();
        var byBrand = new List<BrandFigures>();
        foreach (BrandComputed c in computed)
        {
            Brand brand = brands[c.BrandId];
            foreach ((string channel, BootstrapMedians m) in c.Medians)
            {
                medians[(brand.Id, channel)] = m;
            }

            if (c.Gap is not null)
            {
                gaps[brand.Id] = c.Gap;
            }

            byBrand.Add(new BrandFigures(brand, c.Channels.Select(f => f with { Brand = brand }).ToList(),
                accounts[brand.Id].Select(a => $"{a.Channel}:{a.Handle}").Order(StringComparer.Ordinal).ToList(),
                RecentComplaints: c.Recent)
            {
                ChartSeries = c.Chart,
            });
        }

        List<ChannelRanking> rankings = Rank(byBrand, medians);
        Dictionary<(long, string), ChannelFigures> ranked = rankings.SelectMany(r => r.All).ToDictionary(f => (f.Brand.Id, f.Channel));
        List<BrandFigures> final = byBrand
            .Select(b => b with { Channels = b.Channels.Select(c => ranked[(b.Brand.Id, c.Channel)]).ToList() })
            .Select(b => b with
            {
                Gap = gaps.TryGetValue(b.Brand.Id, out GapEstimate? gap) ? new ChannelGapFigures(b.On(Channels.Twitter)!, b.On(Channels.Phone)!, gap) : null,
            })
            .OrderBy(b => b.Brand.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(b => b.Brand.Slug, StringComparer.Ordinal)
            .ToList();

        // Per source, from each brand's own counts: the same as counting the snapshot, without reading unchanged brands.
        List<SourceSummary> sources = computed.SelectMany(c => c.Sources).GroupBy(s => s.Source)
            .Select(g => new SourceSummary(g.Key, g.Sum(s => s.Complaints), g.Min(s => s.FirstMs), g.Max(s => s.LastMs)))
            .OrderBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
        long start = sources.Count == 0 ? 0 : sources.Min(s => s.FirstMs);
        long end = sources.Count == 0 ? 0 : sources.Max(s => s.LastMs);
        return new SiteModel(final, rankings, sources, start, end, (int)sources.Sum(s => s.Complaints), edition, snapshot.Aliases);
    }

    private static (ChannelFigures Figures, SurvivalCurve Curve) Figures(Brand brand, string channel, List<ComplaintRow> rows)
    {
        List<ComplaintRow> usable = rows.Where(r => r.Quality is null).ToList();
        List<WaitObservation> observations = usable.Select(r => new WaitObservation(r.WaitMinutes, r.Answered)).ToList();
        ResponseSummary summary = ResponseSummary.Of(observations);
        FigureStatus status = RankingRules.IsRanked(observations.Count) ? FigureStatus.Ranked
            : RankingRules.IsShown(observations.Count) ? FigureStatus.Shown : FigureStatus.TooFew;
        int answeredOnly = usable.Count(r => AnsweredOnlySources.Contains(r.Source));
        var figures = new ChannelFigures(brand, channel, summary.Detached(), observations, status, null,
            Illustrative: usable.Any(r => r.Illustrative),
            SelectedBecauseAnswered: usable.Count > 0 && answeredOnly == usable.Count,
            LeftOutForQuality: rows.Count - usable.Count,
            PeriodStartMs: rows.Min(r => r.ComplainedAtMs),
            PeriodEndMs: rows.Max(r => r.ComplainedAtMs),
            AnsweredOnlyShare: usable.Count == 0 ? 0 : answeredOnly / (double)usable.Count,
            Trend: Trend(usable),
            Kinds: Kinds(usable))
        {
            Within3Min = summary.N == 0 ? ShareEstimate.Unknown : summary.ShareWithin(3),
        };
        return (figures, summary.Curve!);
    }

    /// <summary>The newest complaints counted, as the brand page lists them (ties broken by every shown value).</summary>
    private static List<CountedComplaint> Recent(IReadOnlyList<ComplaintRow> rows) => Newest(rows)
        .OrderByDescending(r => r.ComplainedAtMs).ThenBy(r => r.Channel, StringComparer.Ordinal).ThenBy(r => r.WaitSeconds).ThenBy(r => r.Answered)
        .Take(BrandCheckRows)
        .Select(r => new CountedComplaint(
            DateTimeOffset.FromUnixTimeMilliseconds(r.ComplainedAtMs - (r.ComplainedAtMs % 3_600_000)).UtcDateTime
                .ToString("yyyy-MM-dd HH':00'", System.Globalization.CultureInfo.InvariantCulture),
            r.Channel, r.WaitMinutes,
            !r.Answered ? "still waiting" : r.ResponseKind is { } kind ? "answered: " + Pages.BrandExtras.KindName(kind).ToLowerInvariant() : "answered"))
        .ToList();

    /// <summary>
    /// The counted complaints made at or after the <see cref="BrandCheckRows"/>-th newest time, in their order: every
    /// complaint the newest-first list can take, ties included, without sorting all of them.
    /// </summary>
    private static List<ComplaintRow> Newest(IReadOnlyList<ComplaintRow> rows)
    {
        var newest = new PriorityQueue<long, long>(BrandCheckRows + 1);
        foreach (ComplaintRow r in rows)
        {
            if (r.Quality is null)
            {
                newest.Enqueue(r.ComplainedAtMs, r.ComplainedAtMs);
                if (newest.Count > BrandCheckRows)
                {
                    newest.Dequeue();
                }
            }
        }

        long from = newest.Count == 0 ? long.MaxValue : newest.Peek();
        return [.. rows.Where(r => r.Quality is null && r.ComplainedAtMs >= from)];
    }

    /// <summary>How many complaints a brand page lists; the rest are in the brand's complaints.csv.</summary>
    public const int BrandCheckRows = 50;

    /// <summary>Per calendar month (UTC) of the complaint, the months with enough complaints to show figures.</summary>
    private static List<MonthFigures> Trend(List<ComplaintRow> usable)
    {
        var months = new SortedDictionary<int, List<WaitObservation>>();
        foreach (ComplaintRow r in usable)
        {
            DateTime at = DateTime.UnixEpoch.AddMilliseconds(r.ComplainedAtMs);
            int key = (at.Year * 12) + at.Month - 1;
            if (!months.TryGetValue(key, out List<WaitObservation>? observations))
            {
                months[key] = observations = [];
            }

            observations.Add(new WaitObservation(r.WaitMinutes, r.Answered));
        }

        return [.. months.Where(m => RankingRules.IsShown(m.Value.Count))
            .Select(m => new MonthFigures(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{m.Key / 12:0000}-{(m.Key % 12) + 1:00}"),
                ResponseSummary.Of(m.Value).Detached()))];
    }

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
            .ToList()).Detached();
        return new AnswerKindFigures(counts, classified, substantive);
    }

    /// <summary>The phone/Twitter gap, when the brand has enough complaints on both.</summary>
    private static GapEstimate? GapOf(List<ChannelFigures> channels)
    {
        ChannelFigures? twitter = channels.FirstOrDefault(c => c.Channel == Channels.Twitter);
        ChannelFigures? phone = channels.FirstOrDefault(c => c.Channel == Channels.Phone);
        if (twitter is null || phone is null || twitter.Status == FigureStatus.TooFew || phone.Status == FigureStatus.TooFew)
        {
            return null;
        }

        return ChannelGap.Compute(phone.Observations, twitter.Observations, RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed);
    }

    private static List<ChannelRanking> Rank(List<BrandFigures> brands, Dictionary<(long, string), BootstrapMedians> medians) => brands
        .SelectMany(b => b.Channels).GroupBy(f => f.Channel)
        .OrderBy(g => ChannelOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
        .AsParallel().AsOrdered() // channels are ranked independently
        .Select(channel =>
        {
            List<ChannelFigures> eligible = channel.Where(f => f.Status == FigureStatus.Ranked)
                .OrderBy(f => f.Brand.Slug, StringComparer.Ordinal).ToList();
            IReadOnlyList<RankInterval> intervals = RankIntervals.FromMedians(
                eligible.Select(f => medians[(f.Brand.Id, f.Channel)]).ToList());
            Dictionary<string, RankInterval> bySlug = intervals.ToDictionary(i => i.Key, StringComparer.Ordinal);
            List<ChannelFigures> ranked = eligible.Select(f => f with { Rank = bySlug[f.Brand.Slug] })
                .OrderBy(f => f.Rank!.Rank).ToList();
            List<ChannelFigures> unranked = channel.Where(f => f.Status != FigureStatus.Ranked)
                .OrderByDescending(f => f.Status).ThenByDescending(f => f.Summary.N)
                .ThenBy(f => f.Brand.Slug, StringComparer.Ordinal).ToList();
            return new ChannelRanking(channel.Key, ranked, unranked);
        })
        .ToList();

    /// <summary>Twitter and phone first (the comparison BrandPulse exists for), then the rest by name.</summary>
    public static int ChannelOrder(string channel) => channel switch
    {
        Channels.Twitter => 0,
        Channels.Phone => 1,
        _ => 2,
    };
}
