using System.Text;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The render stage for charts: one "still waiting" SVG per brand with figures to show (wide and narrow), in English
/// beside the brand's page, and in every other language whose brand page exists (<c>es/brands/SLUG/wait.svg</c>),
/// since a chart's words (axes, ticks, legend) are drawn into it.
/// </summary>
public static class RenderCharts
{
    /// <summary>Where the chart cache keeps its entries (see <see cref="RenderCache"/>).</summary>
    public const string CacheKind = "charts";

    /// <summary>The render cache kind of the narrow charts (<see cref="WaitChart.NarrowSvg"/>).</summary>
    public const string NarrowKind = "charts-narrow";

    /// <summary>The "chart models" stage: what each chart shows, which the brand pages describe too.</summary>
    public static void RunModels(BuildState state) => state.ChartModels = Models(state.Model, state.Context);

    /// <summary>The "render charts" stage.</summary>
    public static void Run(BuildState state)
    {
        IReadOnlyList<OutputFile> charts = For(state.ChartModels, state.RenderCache, state.Context);
        state.Write(charts);
        state.ChartCount = charts.Count;
    }

    /// <summary>The English chart of every brand with figures to show, by slug.</summary>
    public static IReadOnlyDictionary<string, WaitChartModel> Models(SiteModel model, SiteContext context) => model.Brands
        .Select(b => (b.Brand.Slug, Chart: WaitChart.ModelFor(b, context.In(SiteLanguage.English))))
        .Where(x => x.Chart is not null)
        .ToDictionary(x => x.Slug, x => x.Chart!, StringComparer.Ordinal);

    /// <summary>
    /// The SVG files of these (English) charts, then of their translations for the brands whose page exists in
    /// another language (<see cref="SiteContext.TranslatedPaths"/>).
    /// </summary>
    /// <param name="cache">When given, a chart whose data and words did not change since the last build is not rendered again.</param>
    public static IReadOnlyList<OutputFile> For(IReadOnlyDictionary<string, WaitChartModel> charts, RenderCache? cache, SiteContext context)
    {
        var files = new List<OutputFile>();
        files.AddRange(Files(charts, cache, ""));
        foreach (SiteLanguage language in Enum.GetValues<SiteLanguage>().Where(l => l != Strings.Reference))
        {
            SiteContext translated = context.In(language);
            Dictionary<string, WaitChartModel> these = charts
                .Where(c => context.TranslatedPaths.Contains($"brands/{c.Key}/index.html"))
                .ToDictionary(c => c.Key, c => WaitChart.In(c.Value, translated), StringComparer.Ordinal);
            files.AddRange(Files(these, cache, SiteLanguages.Prefix(language)));
        }

        cache?.Prune(CacheKind);
        cache?.Prune(NarrowKind);
        return files;
    }

    /// <summary>The English charts alone (for tests and tools that have no site folder of strings to hand).</summary>
    public static IReadOnlyList<OutputFile> For(IReadOnlyDictionary<string, WaitChartModel> charts, RenderCache? cache = null)
    {
        List<OutputFile> files = Files(charts, cache, "");
        cache?.Prune(CacheKind);
        cache?.Prune(NarrowKind);
        return files;
    }

    private static List<OutputFile> Files(IReadOnlyDictionary<string, WaitChartModel> charts, RenderCache? cache, string prefix) => charts
        .OrderBy(c => c.Key, StringComparer.Ordinal)
        .AsParallel().AsOrdered()
        .Select(c => new OutputFile($"{prefix}brands/{c.Key}/wait.svg", cache is null
            ? Render(c.Value)
            : cache.GetOrRender(CacheKind, ChartInputs.Of(c.Value), () => Render(c.Value))))
        .Concat(charts.OrderBy(c => c.Key, StringComparer.Ordinal).AsParallel().AsOrdered()
            .Select(c => new OutputFile($"{prefix}brands/{c.Key}/wait-narrow.svg", cache is null
                ? RenderNarrow(c.Value)
                : cache.GetOrRender(NarrowKind, ChartInputs.Of(c.Value), () => RenderNarrow(c.Value)))))
        .ToList();

    private static byte[] Render(WaitChartModel chart) => Encoding.UTF8.GetBytes(WaitChart.Svg(chart));

    private static byte[] RenderNarrow(WaitChartModel chart) => Encoding.UTF8.GetBytes(WaitChart.NarrowSvg(chart));
}
