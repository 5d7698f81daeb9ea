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
public sealed record BuildReport(IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages, int Pages, int Charts, int Files, long Bytes)
{
    /// <summary>Files whose bytes did not change since the published site, linked rather than written.</summary>
    public int Unchanged { get; init; }

    /// <summary>Brands whose complaints did not change, neither read nor computed again.</summary>
    public int BrandsReused { get; init; }

    /// <summary>The process's peak resident memory (bytes) at the end of each stage.</summary>
    public IReadOnlyList<(string Stage, long Bytes)> PeakMemory { get; init; } = [];
}

/// <summary>
/// The generator as a declared pipeline: read → compute → render (downloads, pages, charts, site files) → write.
/// Render stages are data in, files out; only <see cref="WriteSite"/> touches the site (the per-complaint downloads are
/// streamed to it, brand by brand). Brands whose complaints did not change since the last build are neither read nor
/// computed again (<see cref="Incremental.BrandCache"/>), and files whose bytes did not change are linked, not written.
/// </summary>
public static class SiteBuild
{
    public static async Task<BuildReport> RunAsync(BuildOptions options, Action<string>? progress = null)
    {
        var stages = new List<(string, TimeSpan)>();
        var peaks = new List<(string, long)>();
        var clock = Stopwatch.StartNew();
        T Stage<T>(string name, Func<T> run)
        {
            progress?.Invoke(name);
            clock.Restart();
            T result = run();
            stages.Add((name, clock.Elapsed));
            peaks.Add((name, PeakMemory()));
            return result;
        }

        IReadOnlyList<string> published = Stage("read editions", () => Editions.Published(options.OutputDir));
        if (options.Edition is { } edition && published.Contains(edition))
        {
            throw new EditionExistsException($"edition {edition} is already published in {options.OutputDir}/{Editions.Folder}/{edition} and never changes");
        }

        var context = new SiteContext(options.BaseUrl, SiteContext.CurrentMethodologyVersion, options.Edition, options.SiteDir,
            [.. published.Concat(options.Edition is null ? [] : [options.Edition]).Order(StringComparer.Ordinal)]);

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

        // Read: only the complaints of brands that changed since the last build (see BrandCache); every brand's the first time.
        long? cutoffMs = options.Edition is null ? null : Editions.CutoffMs(options.Edition);
        var brandCache = Incremental.BrandCache.Beside(options.OutputDir);
        var reused = new Dictionary<long, Incremental.BrandCache.Entry>();
        var keys = new Dictionary<long, string>();
        Snapshot snapshot = Stage("read", () => ReadSnapshot.From(options.DatabasePath, cutoffMs,
            index => Incremental.BrandCache.ChooseBrandsToRead(index, cutoffMs, brandCache, site, reused, keys)));
        IReadOnlyList<ContentPage> content = Stage("read content", () =>
            ReadContent.From(Path.Combine(options.SiteDir, "content"), ContentVariables()));
        Dictionary<long, List<ComplaintRow>> rows = [];
        IReadOnlyList<BrandComputed> computed = [];
        SiteModel model = Stage("compute", () =>
        {
            rows = ComputeFigures.RowsByBrand(snapshot);
            computed = ComputeFigures.Brands(snapshot, rows);
            return ComputeFigures.Assemble(snapshot, [.. reused.Values.Select(e => e.Computed), .. computed], options.Edition);
        });
        bool manyRows = snapshot.Complaints.Count > 100_000;
        if (manyRows)
        {
            ReleaseMemory();
        }

        // The file of every complaint is copied from the brand files (disk time) while the stages after the downloads
        // use the CPU; it is awaited before publishing. A failed build waits for it too, before its staging folder goes.
        Task allComplaints = Task.CompletedTask;
        int pageCount = 0, chartCount = 0;
        try
        {
            Stage("render downloads", () =>
            {
                Write(RenderDownloads.For(model));
                writing.Start();
                IReadOnlyDictionary<long, string> hashes = RenderDownloads.Complaints(model, rows,
                    reused.ToDictionary(r => r.Key, r => r.Value.ComplaintsCsvHash), site, options.Edition);
                writing.Stop();
                allComplaints = Task.Run(() => RenderDownloads.AllComplaints(model, hashes, site, options.Edition));

                // Keep what was computed, so that the next build reads and computes only the brands that change.
                Dictionary<long, Brand> brands = snapshot.Brands.ToDictionary(b => b.Id);
                Parallel.ForEach(computed, c => brandCache.Save(keys[c.BrandId], c, brands[c.BrandId].DisplayName, hashes[c.BrandId]));
                brandCache.Prune(model.Brands.Select(b => b.Brand.Id).ToHashSet());
                return 0;
            });
            rows = [];
            computed = [];
            snapshot = snapshot with { Complaints = [] };
            if (manyRows)
            {
                ReleaseMemory(); // a million rows are not needed past this point
            }

            IReadOnlyDictionary<string, WaitChartModel> chartModels = Stage("chart models", () => RenderCharts.Models(model));
            var cache = Incremental.RenderCache.Beside(options.OutputDir);
            IReadOnlyList<OutputFile> pages = await StageAsync("render pages", () => RenderPages.AllAsync(model, content, chartModels, context));
            Write(pages);
            pageCount = pages.Count;
            IReadOnlyList<OutputFile> pagePaths = [.. pages.Select(p => p with { Bytes = [] })];
            pages = [];

            IReadOnlyList<OutputFile> charts = Stage("render charts", () => RenderCharts.For(chartModels, cache));
            Write(charts);
            chartCount = charts.Count;

            Write(Stage("render site files", () => RenderSiteFiles.For(model, context, pagePaths, cache)));
            Write(Stage("copy theme", () => CopyTheme.From(Path.Combine(options.SiteDir, "theme"))));
            Stage("all complaints", () =>
            {
                allComplaints.GetAwaiter().GetResult();
                return 0;
            });
            stages.Add(("write", writing.Elapsed));
            Stage("publish", () =>
            {
                site.Publish([Editions.Folder]);
                return 0;
            });
        }
        finally
        {
            await allComplaints.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return new BuildReport(stages, pageCount, chartCount, site.Files, site.Bytes)
        {
            Unchanged = site.Unchanged,
            BrandsReused = reused.Count,
            PeakMemory = peaks,
        };

        async Task<T> StageAsync<T>(string name, Func<Task<T>> run)
        {
            progress?.Invoke(name);
            clock.Restart();
            T result = await run();
            stages.Add((name, clock.Elapsed));
            peaks.Add((name, PeakMemory()));
            return result;
        }
    }

    private static long PeakMemory()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>
    /// Returns the memory of what earlier stages dropped to the system before the next ones draw: mid-life garbage
    /// (a brand's rows, sorted copies) otherwise waits for a full collection while rendering adds its own.
    /// </summary>
    private static void ReleaseMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
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
