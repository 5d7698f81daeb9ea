using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Site;

/// <summary>
/// One ordering of a channel's table. Each is rendered as its own static page (<c>channels/C/by-KEY.html</c>, the
/// rank order as <c>index.html</c>), so the table sorts without JavaScript; site.js then sorts in place.
/// </summary>
public sealed record ChannelSort(string Key, string Label, string Column, bool Descending)
{
    public static ChannelSort Rank { get; } = new("rank", "rank", "Rank", false);
    public static ChannelSort Name { get; } = new("name", "brand name", "Brand", false);
    public static ChannelSort Complaints { get; } = new("complaints", "complaints", "Complaints", true);
    public static ChannelSort Answered { get; } = new("answered", "share answered", "Answered", true);
    public static ChannelSort Median { get; } = new("median", "median wait", "Median wait", false);
    public static ChannelSort Substantive { get; } = new("substantive", "time to a real answer", "Real answer", false);

    public static IReadOnlyList<ChannelSort> All { get; } = [Rank, Name, Complaints, Answered, Median, Substantive];

    /// <summary>The page's file name inside <c>channels/CHANNEL/</c>.</summary>
    public string FileName => this == Rank ? "index.html" : $"by-{Key}.html";

    /// <summary>The channel's figures in this order; ties keep the league order (rank, then as the model lists them).</summary>
    public IReadOnlyList<ChannelFigures> Apply(ChannelRanking ranking)
    {
        List<ChannelFigures> league = ranking.All.ToList();
        return Key switch
        {
            "name" => league.OrderBy(f => f.Brand.DisplayName, StringComparer.OrdinalIgnoreCase)
                .ThenBy(f => f.Brand.Slug, StringComparer.Ordinal).ToList(),
            "complaints" => league.OrderByDescending(f => f.Summary.N).ToList(),
            "answered" => league.OrderBy(f => f.Status == FigureStatus.TooFew)
                .ThenByDescending(f => f.Summary.ResponseRate.Value ?? -1).ToList(),
            "median" => league.OrderBy(f => f.Status == FigureStatus.TooFew)
                .ThenBy(f => f.Summary.Median.Value ?? double.MaxValue).ToList(),
            "substantive" => league.OrderBy(f => f.Status == FigureStatus.TooFew)
                .ThenBy(f => f.Kinds.Substantive?.Median.Value ?? double.MaxValue).ToList(),
            _ => league,
        };
    }
}
