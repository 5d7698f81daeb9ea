using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Computation;

/// <summary>
/// What one brand's complaints give on their own, with the published estimators: figures per channel, the bootstrap
/// medians its ranking is drawn from, the phone/Twitter gap, the newest complaints. It depends on that brand alone, so
/// an incremental build keeps it (<see cref="Incremental.BrandCacheStore"/>); ranking across brands is <see cref="SiteRanking"/>.
/// </summary>
public static class BrandComputation
{
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
    public static IReadOnlyList<BrandOwnFigures> Brands(Snapshot snapshot, IReadOnlyDictionary<long, List<ComplaintRow>> rows)
    {
        Dictionary<long, Brand> brands = snapshot.Brands.ToDictionary(b => b.Id);
        Dictionary<string, Campaign> campaigns = CampaignsOf(snapshot);
        IReadOnlySet<string> selected = AnsweredOnlySources.Of(snapshot.DataSets);
        // An incremental build often computes one brand: its channels then share the cores instead of the brands.
        bool channelsOnAllCores = rows.Count < Environment.ProcessorCount;
        return [.. OnAllCores.Select([.. rows], r => Brand(brands[r.Key], r.Value, campaigns, selected, channelsOnAllCores))];
    }

    /// <summary>The snapshot's campaigns by slug.</summary>
    public static Dictionary<string, Campaign> CampaignsOf(Snapshot snapshot)
    {
        var campaigns = new Dictionary<string, Campaign>(StringComparer.Ordinal);
        foreach (Campaign campaign in snapshot.Campaigns)
        {
            campaigns[campaign.Slug] = campaign;
        }

        return campaigns;
    }

    /// <summary>
    /// Everything one brand's complaints give on their own, in <see cref="ComplaintOrder"/> (so
    /// the bootstrap draws the same complaints however they were read): figures per channel, bootstrap medians for the
    /// ranking, the channel gap and the newest complaints. Depends on nothing else, so it can be kept between builds.
    /// </summary>
    /// <param name="selected">The sources selected because the brand answered (<see cref="AnsweredOnlySources.Of"/>); none when null.</param>
    /// <param name="channelsOnAllCores">Whether to compute the brand's channels on every core (when few brands are computed).</param>
    public static BrandOwnFigures Brand(Brand brand, IReadOnlyList<ComplaintRow> rows, IReadOnlyDictionary<string, Campaign>? campaigns = null,
        IReadOnlySet<string>? selected = null, bool channelsOnAllCores = false)
    {
        IReadOnlyDictionary<string, Campaign> campaignsBySlug = campaigns ?? new Dictionary<string, Campaign>(StringComparer.Ordinal);
        IReadOnlySet<string> selectedSources = selected ?? new HashSet<string>();
        (string Channel, List<ComplaintRow> Rows)[] runs = [.. ByChannel(rows)
            .OrderBy(c => ChannelOrder(c.Channel)).ThenBy(c => c.Channel, StringComparer.Ordinal)];
        Func<(string Channel, List<ComplaintRow> Rows), ChannelResult> compute = run =>
        {
            (ChannelFigures figures, SurvivalCurve curve, BootstrapMedians? phone) = Figures(brand, run.Channel, run.Rows, campaignsBySlug, selectedSources);
            BootstrapMedians? own = figures.Status == FigureStatus.Ranked && phone is null
                ? RankIntervals.Bootstrap(figures.Observations, RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed, brand.Slug)
                : null;
            return new ChannelResult(figures, curve, phone, own);
        };
        ChannelResult[] computed = channelsOnAllCores && runs.Length > 1 ? OnAllCores.Select(runs, compute) : [.. runs.Select(compute)];

        BootstrapMedians? phoneMedians = null;
        var channels = new List<ChannelFigures>();
        var chart = new List<WaitSeries>();
        foreach ((ChannelFigures figures, SurvivalCurve curve, BootstrapMedians? own3, _) in computed)
        {
            channels.Add(figures);
            phoneMedians = own3 ?? phoneMedians;
            if (figures.Status != FigureStatus.TooFew)
            {
                chart.Add(figures.Law?.Phone is { } phone ? WaitChart.SeriesOf(figures.Channel, phone.Curve) : WaitChart.SeriesOf(figures.Channel, curve));
            }
        }

        Dictionary<string, BootstrapMedians> medians = computed
            .Where(c => c.Figures.Status == FigureStatus.Ranked)
            .ToDictionary(c => c.Figures.Channel,
                c => c.Figures.Channel == Channels.Phone && phoneMedians is not null ? phoneMedians
                    : c.Bootstrap ?? RankIntervals.Bootstrap(c.Figures.Observations, RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed, brand.Slug),
                StringComparer.Ordinal);
        return new BrandOwnFigures(brand.Id, channels, medians, GapOf(brand, channels, medians, phoneMedians), Recent(rows), chart, Sources(rows));
    }

    /// <summary>One channel's figures, its curve, its phone medians (a phone channel's) and its own bootstrap medians (a ranked channel without phone medians).</summary>
    private sealed record ChannelResult(ChannelFigures Figures, SurvivalCurve Curve, BootstrapMedians? PhoneMedians, BootstrapMedians? Bootstrap);

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

    private static (ChannelFigures Figures, SurvivalCurve Curve, BootstrapMedians? PhoneMedians) Figures(
        Brand brand, string channel, List<ComplaintRow> rows, IReadOnlyDictionary<string, Campaign> campaigns, IReadOnlySet<string> selected)
    {
        List<ComplaintRow> usable = rows.Where(r => r.Quality is null).ToList();
        List<WaitObservation> observations = usable.Select(r => new WaitObservation(r.WaitMinutes, r.Answered)).ToList();
        SurvivalCurve curve = KaplanMeier.Fit(observations);
        ResponseSummary summary = ResponseSummary.Of(curve);
        bool illustrative = usable.Any(r => r.Illustrative);
        (ChannelLawFigures law, BootstrapMedians? phoneMedians) = LawComputation.Of(brand, channel, usable, campaigns, illustrative);
        if (law.Phone is { } phone)
        {
            // The phone median is the competing-risk one: the time by which half of all callers had reached a person.
            summary = summary with
            {
                Median = new QuantileEstimate(phone.Median.Seconds / 60.0, phone.Median.LowerSeconds / 60.0, phone.Median.UpperSeconds / 60.0),
            };
        }

        FigureStatus status = RankingRules.IsRanked(observations.Count) ? FigureStatus.Ranked
            : RankingRules.IsShown(observations.Count) ? FigureStatus.Shown : FigureStatus.TooFew;
        int answeredOnly = usable.Count(r => selected.Contains(r.Source));
        var figures = new ChannelFigures(brand, channel, summary, observations, status, null,
            Illustrative: illustrative,
            SelectedBecauseAnswered: usable.Count > 0 && answeredOnly == usable.Count,
            LeftOutForQuality: rows.Count - usable.Count,
            PeriodStartMs: rows.Min(r => r.ComplainedAtMs),
            PeriodEndMs: rows.Max(r => r.ComplainedAtMs),
            AnsweredOnlyShare: usable.Count == 0 ? 0 : answeredOnly / (double)usable.Count,
            Trend: BrandBreakdowns.Trend(usable),
            Kinds: BrandBreakdowns.Kinds(usable))
        {
            Law = law,
        };
        return (figures, curve, phoneMedians);
    }

    /// <summary>The newest complaints counted, as the brand page lists them (ties broken by every shown value).</summary>
    private static List<CountedComplaint> Recent(IReadOnlyList<ComplaintRow> rows) => Newest(rows)
        .OrderByDescending(r => r.ComplainedAtMs).ThenBy(r => r.Channel, StringComparer.Ordinal).ThenBy(r => r.WaitSeconds).ThenBy(r => r.Answered)
        .Take(BrandCheckRows)
        .Select(r => new CountedComplaint(
            DateTimeOffset.FromUnixTimeMilliseconds(r.ComplainedAtMs - (r.ComplainedAtMs % 3_600_000)).UtcDateTime
                .ToString("yyyy-MM-dd HH':00'", System.Globalization.CultureInfo.InvariantCulture),
            r.Channel, r.WaitMinutes,
            !r.Answered ? "still waiting" : r.ResponseKind is { } kind ? "answered: " + Rendering.AnswerKindNames.Of(kind).ToLowerInvariant() : "answered",
            r.Reference is long code ? ComplaintReference.Format(code) : ""))
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

    /// <summary>
    /// The phone/Twitter gap, when the brand has enough complaints on both: the phone's competing-risk median over
    /// Twitter/X's Kaplan-Meier median, each from its own bootstrap (the ones the rankings use).
    /// </summary>
    private static GapEstimate? GapOf(Brand brand, List<ChannelFigures> channels, Dictionary<string, BootstrapMedians> medians,
        BootstrapMedians? phoneMedians)
    {
        ChannelFigures? twitter = channels.FirstOrDefault(c => c.Channel == Channels.Twitter);
        ChannelFigures? phone = channels.FirstOrDefault(c => c.Channel == Channels.Phone);
        if (twitter is null || phone is null || twitter.Status == FigureStatus.TooFew || phone.Status == FigureStatus.TooFew)
        {
            return null;
        }

        BootstrapMedians twitterMedians = medians.GetValueOrDefault(Channels.Twitter)
            ?? RankIntervals.Bootstrap(twitter.Observations, RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed, brand.Slug);
        return phoneMedians is null ? null : ChannelGap.FromMedians(phoneMedians, twitterMedians);
    }

    /// <summary>Twitter and phone first (the comparison BrandPulse exists for), then the rest by name.</summary>
    public static int ChannelOrder(string channel) => channel switch
    {
        Channels.Twitter => 0,
        Channels.Phone => 1,
        _ => 2,
    };
}
