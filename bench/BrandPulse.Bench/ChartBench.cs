using System.Diagnostics;
using System.Globalization;
using BrandPulse.Generator;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Stages;

namespace BrandPulse.Bench;

/// <summary>
/// <c>charts</c>: the chart stage against ScottPlot's own rate on the same chart models, both on every core. The
/// baseline builds the same plots and asks ScottPlot for the SVG, nothing else (no id renumbering, no encoding).
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
        WaitChartModel[] list = [.. models.Values];
        _ = RenderCharts.For(models); // warm-up (JIT, fonts)
        var ours = new List<double>();
        var scottPlot = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            IReadOnlyList<OutputFile> files = RenderCharts.For(models);
            ours.Add(files.Count / clock.Elapsed.TotalSeconds);
            clock.Restart();
            Parallel.For(0, list.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => _ = WaitChart.Build(list[i]).GetSvgXml(WaitChart.Width, WaitChart.Height));
            scottPlot.Add(list.Length / clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"charts={list.Length}\nours_per_s={string.Join(' ', ours.Select(x => x.ToString("0.0", CultureInfo.InvariantCulture)))}\nscottplot_per_s={string.Join(' ', scottPlot.Select(x => x.ToString("0.0", CultureInfo.InvariantCulture)))}"));
        return Task.FromResult(0);
    }
}
