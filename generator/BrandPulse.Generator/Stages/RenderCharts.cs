using System.Text;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;

namespace BrandPulse.Generator.Stages;

/// <summary>The render stage for charts: one "still waiting" SVG per brand with figures to show.</summary>
public static class RenderCharts
{
    /// <summary>Where the chart cache keeps its entries (see <see cref="RenderCache"/>).</summary>
    public const string CacheKind = "charts";

    /// <summary>The render cache kind of the narrow charts (<see cref="WaitChart.NarrowSvg"/>).</summary>
    public const string NarrowKind = "charts-narrow";

    /// <summary>The "chart models" stage: what each chart shows, which the brand pages describe too.</summary>
    public static void RunModels(BuildState state) => state.ChartModels = Models(state.Model);

    /// <summary>The "render charts" stage.</summary>
    public static void Run(BuildState state)
    {
        IReadOnlyList<OutputFile> charts = For(state.ChartModels, state.RenderCache);
        state.Write(charts);
        state.ChartCount = charts.Count;
    }

    public static IReadOnlyDictionary<string, WaitChartModel> Models(SiteModel model) => model.Brands
        .Select(b => (b.Brand.Slug, Chart: WaitChart.ModelFor(b)))
        .Where(x => x.Chart is not null)
        .ToDictionary(x => x.Slug, x => x.Chart!, StringComparer.Ordinal);

    /// <param name="cache">When given, a chart whose data did not change since the last build is not rendered again.</param>
    public static IReadOnlyList<OutputFile> For(IReadOnlyDictionary<string, WaitChartModel> charts, RenderCache? cache = null)
    {
        List<OutputFile> files = charts
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(c => new OutputFile($"brands/{c.Key}/wait.svg", cache is null
                ? Render(c.Value)
                : cache.GetOrRender(CacheKind, ChartInputs.Of(c.Value), () => Render(c.Value))))
            .Concat(charts.OrderBy(c => c.Key, StringComparer.Ordinal).AsParallel().AsOrdered()
                .Select(c => new OutputFile($"brands/{c.Key}/wait-narrow.svg", cache is null
                    ? RenderNarrow(c.Value)
                    : cache.GetOrRender(NarrowKind, ChartInputs.Of(c.Value), () => RenderNarrow(c.Value)))))
            .ToList();
        cache?.Prune(CacheKind);
        cache?.Prune(NarrowKind);
        return files;
    }

    private static byte[] Render(WaitChartModel chart) => Encoding.UTF8.GetBytes(WaitChart.Svg(chart));

    private static byte[] RenderNarrow(WaitChartModel chart) => Encoding.UTF8.GetBytes(WaitChart.NarrowSvg(chart));
}
