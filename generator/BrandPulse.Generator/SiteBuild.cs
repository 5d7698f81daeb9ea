using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.Stages;

namespace BrandPulse.Generator;

/// <summary>What to build from, and where to.</summary>
public sealed record BuildOptions(string DatabasePath, string OutputDir, string SiteDir, string? Edition = null,
    string BaseUrl = SiteContext.DefaultBaseUrl);

/// <summary>How long each stage took, and what was written.</summary>
public sealed record BuildReport(IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages, int Pages, int Charts, int Files, long Bytes)
{
    /// <summary>Files whose bytes did not change since the published site, linked rather than written.</summary>
    public int Unchanged { get; init; }

    /// <summary>Of those, the files the release kept from the build before last already had (neither written nor linked).</summary>
    public int Kept { get; init; }

    /// <summary>Pages whose inputs did not change (brand pages, and pages listing many brands), linked from the published site rather than rendered.</summary>
    public int PagesReused => ReusedPages.Count;

    /// <summary>The site paths of those pages.</summary>
    public IReadOnlyList<string> ReusedPages { get; init; } = [];

    /// <summary>Brand pages whose only change was their rank, patched from their published bytes rather than rendered.</summary>
    public int PagesPatched { get; init; }

    /// <summary>Chart files whose model did not change, linked from the published site rather than drawn.</summary>
    public int ChartsReused { get; init; }

    /// <summary>Brands whose complaints did not change, neither read nor computed again.</summary>
    public int BrandsReused { get; init; }

    /// <summary>The process's peak resident memory (bytes) at the end of each stage.</summary>
    public IReadOnlyList<(string Stage, long Bytes)> PeakMemory { get; init; } = [];
}

/// <summary>
/// The generator as a declared pipeline: named stages run in order over one <see cref="BuildState"/>, each timed by
/// the <see cref="StageRunner"/>. Render stages are data in, files out; only the site's one write path touches the
/// site, and files stream to its staging folder as each render stage finishes. Nothing is published until every stage
/// has succeeded.
/// </summary>
public static class SiteBuild
{
    /// <summary>The stages of a build, in the order they run.</summary>
    public static readonly IReadOnlyList<BuildStage> Stages =
    [
        new("read published site", ReadPublishedSite.Run),
        new("read", ReadSnapshot.Run),
        new("read content", ReadContent.Run),
        new("compute", ComputeFigures.Run),
        new("campaigns", ComputeCampaigns.Run),
        new("render downloads", RenderDownloads.Run),
        new("keep brand figures", KeepBrandFigures.Run),
        new("chart models", RenderCharts.RunModels),
        new("render pages", RenderPages.RunAsync),
        new("render charts", RenderCharts.Run),
        new("copy capture page", CopyCapturePage.Run),
        new("render site files", RenderSiteFiles.Run),
        new("copy theme", CopyTheme.Run),
        new("erase from editions", EraseFromEditions.Run),
        new("write", WriteSite.RunAsync) { ReportsWriting = true },
        new("publish", PublishSite.Run),
    ];

    /// <summary>Builds the site; <paramref name="progress"/> hears each stage's name as it starts.</summary>
    public static async Task<BuildReport> RunAsync(BuildOptions options, Action<string>? progress = null)
    {
        await using var state = new BuildState(options);
        return await StageRunner.RunAsync(Stages, state, progress);
    }
}
