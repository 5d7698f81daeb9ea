using System.Diagnostics;
using System.Globalization;
using BrandPulse.Generator;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Stages;

namespace BrandPulse.Bench;

/// <summary>
/// <c>charts</c>: the chart stage's rate (wide and narrow SVG of every brand's chart, on every core). ScottPlot, the
/// former baseline, is no longer used: the charts are written as SVG text (<see cref="WaitChartSvg"/>).
/// </summary>
internal static class ChartBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var a = new Args(args);
        int runs = (int)a.Number("runs", 3);
        var context = new Generator.Model.SiteContext(Generator.Model.SiteContext.DefaultBaseUrl,
            Generator.Model.SiteContext.CurrentMethodologyVersion, null, a.Text("site", "site"));
        IReadOnlyDictionary<string, WaitChartModel> models = RenderCharts.Models(ComputeFigures.From(ReadSnapshot.From(a.Text("db"))), context);
        _ = RenderCharts.For(models); // warm-up (JIT, fonts)
        var ours = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            IReadOnlyList<OutputFile> files = RenderCharts.For(models);
            ours.Add(files.Count / clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"charts={models.Count}\nours_per_s={string.Join(' ', ours.Select(x => x.ToString("0.0", CultureInfo.InvariantCulture)))}"));
        return Task.FromResult(0);
    }
}
