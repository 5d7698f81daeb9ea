using System.Text;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Stages;

/// <summary>The render stage for charts: one "still waiting" SVG per brand with figures to show.</summary>
public static class RenderCharts
{
    public static IReadOnlyDictionary<string, WaitChartModel> Models(SiteModel model) => model.Brands
        .Select(b => (b.Brand.Slug, Chart: WaitChart.ModelFor(b)))
        .Where(x => x.Chart is not null)
        .ToDictionary(x => x.Slug, x => x.Chart!, StringComparer.Ordinal);

    public static IReadOnlyList<OutputFile> For(IReadOnlyDictionary<string, WaitChartModel> charts) => charts
        .OrderBy(c => c.Key, StringComparer.Ordinal)
        .AsParallel().AsOrdered()
        .Select(c => new OutputFile($"brands/{c.Key}/wait.svg", Encoding.UTF8.GetBytes(WaitChart.Svg(c.Value))))
        .ToList();
}
