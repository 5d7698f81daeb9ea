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
/// since a chart's words (axes, ticks, legend) are drawn into it. A chart whose model did not change since the last
/// build and whose published file is intact is linked from the published site (<see cref="KeptFiles"/>).
/// </summary>
public static class RenderCharts
{
    /// <summary>The name of the list of charts kept between builds (<see cref="KeptFiles"/>).</summary>
    public const string KeptName = "charts";

    /// <summary>The "chart models" stage: what each chart shows, which the brand pages describe too.</summary>
    public static void RunModels(BuildState state)
    {
        state.ChartModels = Models(state.Model, state.Context);
        state.ChartKeys = ChartInputs.KeysOf(state.ChartModels);
    }

    /// <summary>The "render charts" stage.</summary>
    public static void Run(BuildState state)
    {
        List<ChartFile> all = Planned(state.ChartModels, state.Context, state.ChartKeys);
        KeptFiles? kept = state.Options.Edition is null ? KeptFiles.Beside(state.Options.OutputDir, KeptName) : null;
        var reused = new List<(string Path, string Hash)>();
        List<ChartFile> render = kept?.ToRender(all, f => f.Path, f => f.Key, state.Published, reused) ?? all;
        OutputFile[] files = OnAllCores.Select(render, f => new OutputFile(f.Path, f.Render()));
        state.Write(files);
        state.Keep(reused);
        if (kept is not null)
        {
            Parallel.For(0, render.Count, i => kept.Rendered(render[i].Path, render[i].Key, files[i].Bytes));
            kept.Save();
            KeptFiles.DropOldCopies(state.Options.OutputDir, "charts", "charts-narrow");
        }

        state.ChartCount = all.Count;
        state.ChartsReused = reused.Count;
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
    public static IReadOnlyList<OutputFile> For(IReadOnlyDictionary<string, WaitChartModel> charts, SiteContext context) =>
        Render(Planned(charts, context));

    /// <summary>The English charts alone (for tests and tools that have no site folder of strings to hand).</summary>
    public static IReadOnlyList<OutputFile> For(IReadOnlyDictionary<string, WaitChartModel> charts) => Render(Planned(charts, null));

    private static OutputFile[] Render(List<ChartFile> files) =>
        OnAllCores.Select(files, f => new OutputFile(f.Path, f.Render()));

    /// <summary>Every chart file to write: English, then each translation, each wide then narrow, by slug.</summary>
    private static List<ChartFile> Planned(IReadOnlyDictionary<string, WaitChartModel> charts, SiteContext? context,
        IReadOnlyDictionary<string, string>? keys = null)
    {
        List<ChartFile> files = Files(charts, "", keys ?? ChartInputs.KeysOf(charts));
        foreach (SiteLanguage language in Enum.GetValues<SiteLanguage>().Where(l => context is not null && l != Strings.Reference))
        {
            SiteContext translated = context!.In(language);
            Dictionary<string, WaitChartModel> these = charts
                .Where(c => context.TranslatedPaths.Contains($"brands/{c.Key}/index.html"))
                .ToDictionary(c => c.Key, c => WaitChart.In(c.Value, translated), StringComparer.Ordinal);
            files.AddRange(Files(these, SiteLanguages.Prefix(language), ChartInputs.KeysOf(these)));
        }

        return files;
    }

    private static List<ChartFile> Files(IReadOnlyDictionary<string, WaitChartModel> charts, string prefix, IReadOnlyDictionary<string, string> keys)
    {
        (string Slug, WaitChartModel Chart, string Key)[] keyed = [.. charts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value, keys[c.Key]))];
        return
        [
            .. keyed.Select(c => new ChartFile($"{prefix}brands/{c.Slug}/wait.svg", c.Chart, false, c.Key)),
            .. keyed.Select(c => new ChartFile($"{prefix}brands/{c.Slug}/wait-narrow.svg", c.Chart, true, c.Key + "-narrow")),
        ];
    }

    /// <summary>One chart file: its site path, its model, which drawing, and the key it is kept under.</summary>
    private sealed record ChartFile(string Path, WaitChartModel Chart, bool Narrow, string Key)
    {
        public byte[] Render() => Encoding.UTF8.GetBytes(Narrow ? WaitChart.NarrowSvg(Chart) : WaitChart.Svg(Chart));
    }
}
