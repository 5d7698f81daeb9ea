using System.Diagnostics;
using System.Globalization;
using BrandPulse.Data.Classify;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Stages;
using BrandPulse.Statistics;

namespace BrandPulse.Generator;

/// <summary>What to build from, and where to.</summary>
public sealed record BuildOptions(string DatabasePath, string OutputDir, string SiteDir, string? Edition = null,
    string BaseUrl = SiteContext.DefaultBaseUrl);

/// <summary>How long each stage took, and what was written.</summary>
public sealed record BuildReport(IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages, int Pages, int Charts, int Files, long Bytes);

/// <summary>
/// The generator as a declared pipeline: read → compute → render (pages, charts, downloads) → write.
/// Every stage but the last is data in, data out; only <see cref="WriteSite"/> touches disk.
/// </summary>
public static class SiteBuild
{
    public static async Task<BuildReport> RunAsync(BuildOptions options, Action<string>? progress = null)
    {
        var stages = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        T Stage<T>(string name, Func<T> run)
        {
            progress?.Invoke(name);
            clock.Restart();
            T result = run();
            stages.Add((name, clock.Elapsed));
            return result;
        }

        IReadOnlyList<string> published = Stage("read editions", () => Editions.Published(options.OutputDir));
        if (options.Edition is { } edition && published.Contains(edition))
        {
            throw new EditionExistsException($"edition {edition} is already published in {options.OutputDir}/{Editions.Folder}/{edition} and never changes");
        }

        var context = new SiteContext(options.BaseUrl, SiteContext.CurrentMethodologyVersion, options.Edition, options.SiteDir,
            [.. published.Concat(options.Edition is null ? [] : [options.Edition]).Order(StringComparer.Ordinal)]);
        Snapshot snapshot = Stage("read", () => ReadSnapshot.From(options.DatabasePath,
            options.Edition is null ? null : Editions.CutoffMs(options.Edition)));
        IReadOnlyList<ContentPage> content = Stage("read content", () =>
            ReadContent.From(Path.Combine(options.SiteDir, "content"), ContentVariables()));
        SiteModel model = Stage("compute", () => ComputeFigures.From(snapshot, options.Edition));
        IReadOnlyDictionary<string, WaitChartModel> chartModels = Stage("chart models", () => RenderCharts.Models(model));
        // Render stages hand their files to the write stage as they finish, so a national-scale site is never
        // held in memory whole; nothing is published until every stage has succeeded.
        var writing = new Stopwatch();
        using WriteSite site = WriteSite.Begin(options.OutputDir);
        void Write(IEnumerable<OutputFile> files)
        {
            writing.Start();
            site.Write(Editions.WithFrozenCopy(files, options.Edition));
            writing.Stop();
        }

        var cache = Incremental.RenderCache.Beside(options.OutputDir);
        IReadOnlyList<OutputFile> pagePaths;
        int pageCount, chartCount;
        {
            IReadOnlyList<OutputFile> pages = await StageAsync("render pages", () => RenderPages.AllAsync(model, content, chartModels, context));
            Write(pages);
            pageCount = pages.Count;
            pagePaths = [.. pages.Select(p => p with { Bytes = [] })];
        }

        {
            IReadOnlyList<OutputFile> charts = Stage("render charts", () => RenderCharts.For(chartModels, cache));
            Write(charts);
            chartCount = charts.Count;
        }

        Stage("render downloads", () =>
        {
            Write(RenderDownloads.For(model, snapshot)); // streamed: a million-row CSV is written before the next is made
            return 0;
        });
        Write(Stage("render site files", () => RenderSiteFiles.For(model, context, pagePaths, cache)));
        Write(Stage("copy theme", () => CopyTheme.From(Path.Combine(options.SiteDir, "theme"))));
        stages.Add(("write", writing.Elapsed));
        Stage("publish", () =>
        {
            site.Publish([Editions.Folder]);
            return 0;
        });
        return new BuildReport(stages, pageCount, chartCount, site.Files, site.Bytes);

        async Task<T> StageAsync<T>(string name, Func<Task<T>> run)
        {
            progress?.Invoke(name);
            clock.Restart();
            T result = await run();
            stages.Add((name, clock.Elapsed));
            return result;
        }
    }

    /// <summary>Values the Markdown pages quote, so prose and code never disagree.</summary>
    public static IReadOnlyDictionary<string, string> ContentVariables() => new Dictionary<string, string>
    {
        ["min_shown"] = RankingRules.MinShown.ToString(CultureInfo.InvariantCulture),
        ["min_ranked"] = RankingRules.MinRanked.ToString(CultureInfo.InvariantCulture),
        ["bootstrap_replicates"] = RankingRules.BootstrapReplicates.ToString(CultureInfo.InvariantCulture),
        ["methodology_version"] = SiteContext.CurrentMethodologyVersion,
        ["answer_normalisation"] = AnswerClassifier.NormalisationDescription,
        ["answer_rules"] = AnswerRulesTable(),
    };

    /// <summary>The answer classifier's rules as a Markdown table, printed on the methodology page from the code itself.</summary>
    private static string AnswerRulesTable()
    {
        var sb = new System.Text.StringBuilder("| order | rule | a sentence it matches counts as | what it looks for |\n| --- | --- | --- | --- |\n");
        int i = 1;
        foreach (AnswerRule rule in AnswerRules.All)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {i++} | `{rule.Name}` | {rule.Role} | {rule.Description.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return sb.ToString();
    }
}
