using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Computation;

/// <summary>
/// Ranks every brand per channel, with bootstrap rank intervals from each brand's medians (<see cref="BrandComputation"/>),
/// and puts the site's figures together.
/// </summary>
public static class SiteRanking
{
    /// <summary>Ranks the brands per channel and puts the site's figures together (brands in name order).</summary>
    public static SiteModel Assemble(Snapshot snapshot, IReadOnlyList<BrandOwnFigures> computed, string? edition)
    {
        Dictionary<long, Brand> brands = snapshot.Brands.ToDictionary(b => b.Id);
        ILookup<long, BrandAccount> accounts = snapshot.Accounts.ToLookup(a => a.BrandId);
        var medians = new Dictionary<(long, string), BootstrapMedians>();
        var gaps = new Dictionary<long, GapEstimate>();
        var byBrand = new List<BrandFigures>();
        foreach (BrandOwnFigures c in computed)
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
        return new SiteModel(final, rankings, sources, start, end, (int)sources.Sum(s => s.Complaints), edition, snapshot.Aliases)
        {
            Medians = computed.Where(c => c.Medians.Count > 0)
                .ToDictionary(c => brands[c.BrandId].Slug, c => c.Medians, StringComparer.Ordinal),
            CampaignNames = snapshot.Campaigns.GroupBy(c => c.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal),
        };
    }

    private static List<ChannelRanking> Rank(List<BrandFigures> brands, Dictionary<(long, string), BootstrapMedians> medians) => [.. OnAllCores.Select(
        [.. brands.SelectMany(b => b.Channels).GroupBy(f => f.Channel)
            .OrderBy(g => BrandComputation.ChannelOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)],
        channel => // channels are ranked independently
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
        })];
}
