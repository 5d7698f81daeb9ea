using System.ComponentModel;
using System.Globalization;
using BrandPulse.Data;
using BrandPulse.Data.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Generator.Cli;

/// <summary>Options of <c>build</c>.</summary>
public sealed class BuildSettings : CommandSettings
{
    [CommandOption("--db <PATH|URI>")]
    [Description("The SQLite database or PostgreSQL URI to read (one read-only snapshot). Default: $BRANDPULSE_DB, else data/brandpulse.db")]
    public string Db { get; set; } = Data.Database.Default;

    [CommandOption("--out <DIR>")]
    [Description("Where the site goes; replaced all at once when the build succeeds. Default: _site")]
    public string Out { get; set; } = "_site";

    [CommandOption("--site <DIR>")]
    [Description("The theme and content folder. Default: site/ of this BrandPulse checkout")]
    public string? Site { get; set; }

    [CommandOption("--edition <YYYY-MM-DD>")]
    [Description("Publish a dated edition: built from the complaints made up to the end of that day (UTC) and frozen under editions/YYYY-MM-DD/, never changed by later builds.")]
    public string? Edition { get; set; }

    [CommandOption("--edition-of-data")]
    [Description("Publish the dated edition for the day (UTC) of the database's latest data, unless it is already published (then a plain build): never the clock, so it can be run again.")]
    public bool EditionOfData { get; set; }

    [CommandOption("--base-url <URL>")]
    [Description("The public address of the site, for permanent links, the sitemap and feeds.")]
    public string BaseUrl { get; set; } = Model.SiteContext.DefaultBaseUrl;

    [CommandOption("--lock-wait <SECONDS>")]
    [Description("When another build is writing into --out, wait this long for it to finish, then give up with exit code 75. Default: 120")]
    public double LockWait { get; set; } = 120;

    public override ValidationResult Validate() =>
        LockWait < 0 ? ValidationResult.Error("--lock-wait must be 0 or more seconds")
        : !Database.Exists(Db) ? ValidationResult.Error($"no database at {Db}: run 'brandpulse collect import ...' or 'brandpulse demo' first")
        : Edition is not null && !Publishing.Editions.IsValid(Edition) ? ValidationResult.Error($"--edition must be a date like 2026-11-25, not '{Edition}'")
        : Edition is not null && EditionOfData ? ValidationResult.Error("--edition and --edition-of-data: give at most one")
        : !Uri.TryCreate(BaseUrl, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https") ? ValidationResult.Error("--base-url must be an absolute http(s) URL")
        : ValidationResult.Success();
}

/// <summary>Builds the static site from the database.</summary>
public sealed class BuildCommand(IAnsiConsole error) : AsyncCommand<BuildSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        string siteDir = settings.Site ?? SiteFolder.Locate();
        using BuildLock buildLock = await BuildLock.AcquireAsync(settings.Out, TimeSpan.FromSeconds(settings.LockWait),
            message => error.MarkupLineInterpolated($"[yellow]{message}[/]"));
        // Multi-core JIT: the methods the last build of this site compiled at run time (about 3,000 instantiations of
        // framework generics that ReadyToRun cannot compile ahead) are compiled on another core before they are
        // needed. The profile is the runtime's, kept in the cache folder; one from another generator build is ignored.
        System.Runtime.ProfileOptimization.SetProfileRoot(Directory.CreateDirectory(Publishing.CacheFolder.Beside(settings.Out)).FullName);
        System.Runtime.ProfileOptimization.StartProfile("jit.profile");
        string? edition = settings.EditionOfData ? Publishing.DataEdition.ToPublish(settings.Db, settings.Out) : settings.Edition;
        BuildReport report = await SiteBuild.RunAsync(new BuildOptions(settings.Db, settings.Out, siteDir, edition, settings.BaseUrl),
            stage =>
            {
                // A signal stops the build before its next stage; the staging folder goes with the failed build.
                StopSignal.ThrowIfRequested(() => $"the build stopped before '{stage}'; its staging folder was removed and the published site is unchanged");
                error.MarkupLineInterpolated($"[grey]… {stage}[/]");
                BuildFault.At(stage);
            });
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built {(edition is null ? "" : $"the edition of {edition} and ")}{report.Pages} pages, {report.Charts} charts, {report.Files} files ({report.Bytes / 1024.0:0} KiB) into {Path.GetFullPath(settings.Out)}"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"unchanged since the last build: {report.BrandsReused} brands (not read again), {report.PagesReused} pages and {report.ChartsReused} charts (not rendered), {report.PagesPatched} pages whose rank alone moved (patched, not rendered), {report.Unchanged} files (not written again: {report.Kept} left as the kept release had them, the rest linked)"));
        Console.Out.WriteLine("stages: " + string.Join(", ", report.Stages.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms"))));
        Console.Out.WriteLine("peak memory after: " + string.Join(", ", report.PeakMemory.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Bytes >> 20} MB"))));
        return 0;
    }
}
