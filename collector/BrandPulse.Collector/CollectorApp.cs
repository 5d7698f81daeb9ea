using BrandPulse.Collector.Commands;
using BrandPulse.Data.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector;

/// <summary>The collector's commands: everything that writes to the BrandPulse database.</summary>
public static class CollectorApp
{
    public static int Run(string[] args, IAnsiConsole output, IAnsiConsole error)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("brandpulse collect");
            config.Settings.Registrar.RegisterInstance(new Consoles(output, error));
            config.ConfigureConsole(output);
            config.AddBranch("import", import =>
            {
                import.SetDescription("Import complaints from a file (one transaction; re-running adds nothing).");
                import.AddCommand<ImportTwcsCommand>("twcs")
                    .WithDescription("The \"Customer Support on Twitter\" CSV (Kaggle/thoughtvector), also as re-saved by pandas or Excel.")
                    .WithExample("import", "twcs", "data/twcs_kaggle_sample.csv");
                import.AddCommand<ImportIbmCommand>("ibm-cdp")
                    .WithDescription("The IBM customer-care conversations JSON (every conversation in it was answered).")
                    .WithExample("import", "ibm-cdp", "data/ibm_twitter_cdp_dev.json");
                import.AddCommand<ImportManualCommand>("manual")
                    .WithDescription("A CSV of complaints timed by people: ref,brand,channel,complained_at,answered_at[[,observed_until]].")
                    .WithExample("import", "manual", "data/illustrative_phone_log.csv", "--illustrative");
                import.AddCommand<ImportCallsCommand>("calls")
                    .WithDescription("A call-centre log (tab-separated, local times; reached a person when a human answers, abandoned when the caller hangs up in the queue).")
                    .WithExample("import", "calls", "../shared/data/anonymous_bank_callcenter_1999_02.txt", "--brand", "Anonymous Bank", "--time-zone", "Asia/Jerusalem");
                import.AddCommand<ImportCallLogCommand>("call-log")
                    .WithDescription("A call log CSV: brand,number_called,started_at,answered_at,abandoned_at[[,ref]] (telephony exports, mystery shoppers).")
                    .WithExample("import", "call-log", "data/shopper_calls.csv", "--time-zone", "Europe/Berlin");
                import.AddCommand<ImportCsvCommand>("csv")
                    .WithDescription("Anyone's spreadsheet (',', ';' or tab) through a column mapping; --dry-run checks without writing.")
                    .WithExample("import", "csv", "complaints.csv", "--map", "brand=Company,channel=Via,complained_at=Opened,answered_at=First reply", "--time-zone", "Europe/Berlin", "--dry-run");
                import.AddCommand<ImportFieldCommand>("field")
                    .WithDescription("A field campaign's export from the capture page (the campaign must be loaded first; an updated export updates answers).")
                    .WithExample("import", "field", "data/illustrative_campaign_export.csv");
            });
            config.AddCommand<LogCommand>("log")
                .WithDescription("Record one complaint timed by a person (a phone call, a tweet).")
                .WithExample("log", "--brand", "Acme", "--channel", "phone", "--complained-at", "2024-05-02T09:00:00+02:00",
                    "--answered-at", "2024-05-02T09:42:00+02:00", "--ref", "CALL-7781");
            config.AddBranch("brands", brands =>
            {
                brands.SetDescription("The brand registry: which accounts belong to which brand.");
                brands.AddCommand<BrandsLoadCommand>("load")
                    .WithDescription("Load a registry CSV (slug,name,industry,accounts) into the database.")
                    .WithExample("brands", "load", "data/brands.csv");
                brands.AddCommand<BrandsListCommand>("list").WithDescription("List brands with their slugs and accounts.");
                brands.AddCommand<BrandsAddCommand>("add").WithDescription("Add a brand.")
                    .WithExample("brands", "add", "--name", "Acme", "--industry", "Retail", "--account", "twitter:AcmeHelp");
                brands.AddCommand<BrandsRenameCommand>("rename").WithDescription("Change a brand's display name; its address stays.")
                    .WithExample("brands", "rename", "comcast", "--name", "Comcast Xfinity");
                brands.AddCommand<BrandsAttachCommand>("attach").WithDescription("Attach an account to a brand (moving it from another).")
                    .WithExample("brands", "attach", "apple", "twitter:AppleSupport");
                brands.AddCommand<BrandsMergeCommand>("merge").WithDescription("Merge a brand into another; the old address redirects.")
                    .WithExample("brands", "merge", "applesupport", "apple");
            });
            config.AddBranch("campaign", campaign =>
            {
                campaign.SetDescription("Field campaigns: volunteers time calls and written complaints under a protocol.");
                campaign.AddCommand<CampaignLoadCommand>("load")
                    .WithDescription("Check a campaign file (JSON) and store it; loading it again after a change updates it.")
                    .WithExample("campaign", "load", "data/campaigns/demo-2026-12.json");
                campaign.AddCommand<CampaignListCommand>("list").WithDescription("List the loaded campaigns and how many attempts each has.");
            });
            config.AddBranch("fetch", fetch =>
            {
                fetch.SetDescription("Collect complaints and first replies live from a platform API (incremental; exit 75: run again later).");
                fetch.AddCommand<FetchXCommand>("x").WithDescription("X API v2 recent search; token from BRANDPULSE_X_BEARER_TOKEN.");
                fetch.AddCommand<FetchBlueskyCommand>("bluesky").WithDescription("The public Bluesky AppView (no login needed).");
            });
            config.AddCommand<BackupCommand>("backup")
                .WithDescription("Copy the database consistently while collectors write (SQLite's online backup, pg_dump for PostgreSQL); says what must travel with it.")
                .WithExample("backup", "backups/brandpulse.db");
            config.AddCommand<CopyCommand>("copy")
                .WithDescription("Copy a whole database into an empty one, SQLite to PostgreSQL and back; says what must travel with it.")
                .WithExample("copy", "--from", "data/brandpulse.db", "--to", "postgresql://brandpulse@db.example/brandpulse");
            config.AddCommand<ForgetCommand>("forget")
                .WithDescription("Erase a person's complaints (by handle, call-centre customer id or volunteer) or single records; logged without the identifier.")
                .WithExample("forget", "--handle", "@someone", "--reason", "request of 2026-12-04 by e-mail")
                .WithExample("forget", "--source", "x", "--key", "1790000000000000000", "--reason", "deleted at its source");
            config.SetExceptionHandler((ex, _) =>
            {
                if (ex is Data.Operations.StoppedBySignalException stopped)
                {
                    error.MarkupLineInterpolated($"[yellow]stopped:[/] {stopped.Message}");
                    return stopped.ExitCode;
                }

                error.MarkupLineInterpolated($"[red]error:[/] {ErrorText.For(ex)}");
                return ex is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } or Data.Stores.StoreUnavailableException
                    ? ExitCodes.TryLater
                    : ExitCodes.Failed;
            });
        });
        return app.Run(args, Data.Operations.StopSignal.Token);
    }
}

/// <summary>Standard output for results, standard error for problems.</summary>
public sealed record Consoles(IAnsiConsole Out, IAnsiConsole Error);
