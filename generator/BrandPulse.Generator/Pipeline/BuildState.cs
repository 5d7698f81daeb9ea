using System.Diagnostics;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Publishing;

namespace BrandPulse.Generator.Pipeline;

/// <summary>
/// One build's state: what each stage of <see cref="SiteBuild.Stages"/> reads from the stages before it and leaves for
/// those after it. A value is set by the stage named in its comment and is not read before that stage has run.
/// </summary>
public sealed class BuildState(BuildOptions options) : IAsyncDisposable
{
    private readonly Stopwatch _writing = new();
    private SiteWriter? _site;

    /// <summary>What to build from, and where to.</summary>
    public BuildOptions Options { get; } = options;

    /// <summary>The edition's cut-off (Unix ms), or null for the current site.</summary>
    public long? CutoffMs { get; } = options.Edition is null ? null : Editions.CutoffMs(options.Edition);

    /// <summary>Brand figures kept between builds.</summary>
    public BrandCacheStore BrandStore { get; } = BrandCacheStore.Beside(options.OutputDir);

    /// <summary>
    /// "erase from editions": per published edition whose downloads were filtered, the erasures applied (a digest),
    /// remembered in the cache by "publish" once the release is in (a failed build leaves them to be applied again).
    /// </summary>
    public IReadOnlyDictionary<string, string> ErasuresApplied { get; set; } = new Dictionary<string, string>();

    /// <summary>"read published site": what the published site's files are.</summary>
    public PublishedManifest Published { get; set; } = null!;

    /// <summary>"read published site": the published editions and where the site is served.</summary>
    public SiteContext Context { get; set; } = null!;

    /// <summary>"read": which brands were read and which were taken from the brand cache.</summary>
    public BrandReadPlan Plan { get; set; } = null!;

    /// <summary>"read": the database snapshot (its complaints dropped by "keep brand figures").</summary>
    public Snapshot Snapshot { get; set; } = null!;

    /// <summary>"read content": the prose pages.</summary>
    public IReadOnlyList<ContentPage> Content { get; set; } = [];

    /// <summary>"compute": the complaints read, per brand (dropped by "keep brand figures").</summary>
    public IReadOnlyDictionary<long, List<ComplaintRow>> Rows { get; set; } = new Dictionary<long, List<ComplaintRow>>();

    /// <summary>"compute": the figures of the brands read (dropped by "keep brand figures").</summary>
    public IReadOnlyList<BrandOwnFigures> Computed { get; set; } = [];

    /// <summary>"compute": everything the pages, charts and downloads are rendered from.</summary>
    public SiteModel Model { get; set; } = null!;

    /// <summary>"campaigns": the field campaigns, with what their volunteers contributed.</summary>
    public IReadOnlyList<CampaignView> Campaigns { get; set; } = [];

    /// <summary>"compute": whether the snapshot is large enough that memory is handed back between stages.</summary>
    public bool ManyRows => Snapshot.Complaints.Count > 100_000;

    /// <summary>"render downloads": the hash of each brand's complaints download.</summary>
    public IReadOnlyDictionary<long, string> ComplaintHashes { get; set; } = new Dictionary<long, string>();

    /// <summary>"render downloads": the file of every complaint, copied beside the CPU-bound stages; awaited by "write".</summary>
    public Task AllComplaints { get; set; } = Task.CompletedTask;

    /// <summary>
    /// "keep brand figures": the digest of each brand's figures on each channel, by (brand id, channel), of the brands
    /// computed and of those kept (<see cref="BrandCacheFormat.ChannelDigests"/>).
    /// </summary>
    public IReadOnlyDictionary<(long BrandId, string Channel), string> ChannelDigests { get; set; } =
        new Dictionary<(long, string), string>();

    /// <summary>"chart models": each brand's chart, by slug.</summary>
    public IReadOnlyDictionary<string, WaitChartModel> ChartModels { get; set; } = new Dictionary<string, WaitChartModel>();

    /// <summary>The key of each English chart, by slug (<see cref="Incremental.ChartInputs.KeyOf"/>): of its files, and part of its brand page's.</summary>
    public IReadOnlyDictionary<string, string> ChartKeys { get; set; } = new Dictionary<string, string>();

    /// <summary>"render pages": the pages' paths (without their bytes), for the sitemap.</summary>
    public IReadOnlyList<OutputFile> PagePaths { get; set; } = [];

    /// <summary>"render pages": the site's pages (rendered or reused).</summary>
    public int PageCount { get; set; }

    /// <summary>"render pages": the paths of the pages linked unchanged from the published site instead of rendered (<see cref="KeptFiles"/>).</summary>
    public IReadOnlyList<string> ReusedPages { get; set; } = [];

    /// <summary>Pages made from their published bytes rather than rendered (<see cref="Rendering.RankCells"/>).</summary>
    public int PatchedPages { get; set; }

    /// <summary>"render charts": the charts' files (rendered or kept).</summary>
    public int ChartCount { get; set; }

    /// <summary>"render charts": chart files linked unchanged from the published site instead of rendered (<see cref="KeptFiles"/>).</summary>
    public int ChartsReused { get; set; }

    /// <summary>The release being written; its staging folder is made when the first file is written.</summary>
    public SiteWriter Site => _site ??= SiteWriter.Begin(Options.OutputDir, Published);

    /// <summary>Time spent writing files so far.</summary>
    public TimeSpan WriteTime => _writing.Elapsed;

    /// <summary>Writes files to the release (and, for an edition build, to the edition's frozen copy too).</summary>
    public void Write(IEnumerable<OutputFile> files) => Writing(() => Site.Write(Editions.WithFrozenCopy(files, Options.Edition)));

    /// <summary>Takes published files unchanged into the release (<see cref="KeptFiles"/>), as (path, hash of their bytes).</summary>
    public void Keep(IEnumerable<(string Path, string Hash)> files) => Writing(() => Site.Reuse(files));

    /// <summary>Runs <paramref name="write"/>, counting its time as writing.</summary>
    public void Writing(Action write)
    {
        _writing.Start();
        try
        {
            write();
        }
        finally
        {
            _writing.Stop();
        }
    }

    /// <summary>
    /// Returns the memory of what earlier stages dropped to the system before the next ones draw: mid-life garbage
    /// (a brand's rows, sorted copies) otherwise waits for a full collection while rendering adds its own.
    /// </summary>
    public static void ReleaseMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Waits for the copy still running (a failed build too), then removes the staging folder if it was not swapped in.</summary>
    public async ValueTask DisposeAsync()
    {
        await AllComplaints.ContinueWith(_ => { }, TaskScheduler.Default);
        _site?.Dispose();
    }
}
