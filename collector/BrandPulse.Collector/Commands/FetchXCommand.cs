using System.ComponentModel;
using System.Data.Common;
using System.Globalization;
using BrandPulse.Data;
using BrandPulse.Data.Fetch;
using BrandPulse.Data.Fetch.X;
using BrandPulse.Data.Import;
using BrandPulse.Data.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options every live collector shares.</summary>
public class FetchSettings : DbSettings
{
    [CommandOption("--brand <SLUG>")]
    [Description("Only this brand (repeatable). Default: every brand with an account on the channel.")]
    public string[] Brands { get; set; } = [];

    [CommandOption("--base-url <URL>")]
    [Description("The API's base URL (a test server, a proxy).")]
    public string? BaseUrl { get; set; }

    [CommandOption("--max-pages <N>")]
    [Description("Stop after N pages of mentions (progress saved; run again to continue).")]
    public int? MaxPages { get; set; }

    [CommandOption("--max-wait <SECONDS>")]
    [Description("Wait for a rate-limit reset at most this long; later resets stop the run with exit code 75. Default: 60")]
    public double MaxWait { get; set; } = 60;

    [CommandOption("--timeout <SECONDS>")]
    [Description("Time allowed for one request before it is retried. Default: 30")]
    public double Timeout { get; set; } = 30;

    [CommandOption("--recheck-days <DAYS>")]
    [Description("Look again for replies to waiting complaints this recent. Default: 7")]
    public int RecheckDays { get; set; } = 7;

    public override ValidationResult Validate() =>
        BaseUrl is not null && !(Uri.TryCreate(BaseUrl, UriKind.Absolute, out Uri? u) && u.Scheme is "http" or "https")
            ? ValidationResult.Error($"--base-url must be an http(s) URL: {BaseUrl}")
        : MaxPages is <= 0 ? ValidationResult.Error("--max-pages must be at least 1")
        : MaxWait < 0 || Timeout <= 0 || RecheckDays < 0 ? ValidationResult.Error("--max-wait, --timeout and --recheck-days must be positive")
        : ValidationResult.Success();

    public FetchOptions Options(Uri defaultBaseUrl, Consoles consoles)
    {
        FetchClock clock = FetchClock.FromEnvironment();
        Action<int>? fault = FaultHook.FromEnvironment();
        return new FetchOptions(BaseUrl is null ? defaultBaseUrl : new Uri(BaseUrl), clock.Start.ToUnixTimeMilliseconds(), clock)
        {
            MaxWait = TimeSpan.FromSeconds(MaxWait),
            Timeout = TimeSpan.FromSeconds(Timeout),
            MaxPages = MaxPages,
            RecheckDays = RecheckDays,
            Brands = Brands,
            PageCommitted = pages =>
            {
                consoles.Error.MarkupLine(CultureInfo.InvariantCulture, "[grey]page {0} stored[/]", pages);
                fault?.Invoke(pages);
            },
        };
    }
}

/// <summary>Runs a live collector and prints what it did: counts on stdout, why it stopped on stderr.</summary>
public static class FetchRun
{
    public static async Task<int> RunAsync(Consoles consoles, FetchSettings settings,
        Func<DbConnection, Pseudonymizer, Task<FetchSummary>> collect)
    {
        using DbConnection connection = Database.OpenForWrite(settings.Db);
        FetchSummary s;
        try
        {
            s = await collect(connection, settings.Pseudonymizer(connection));
        }
        catch (FetchStoppedException e)
        {
            consoles.Error.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (Data.Operations.StopSignal.Requested)
        {
            consoles.Error.MarkupLineInterpolated(
                $"[yellow]stopped:[/] interrupted by {Data.Operations.StopSignal.Name}: the pages stored before it are kept, the page in progress is not; run again to continue");
            return Data.Operations.StopSignal.ExitCode;
        }

        consoles.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Source}: {s.Accounts} accounts, {s.Pages} pages, {s.Inserted} new, {s.Updated} updated, {s.Waiting} waiting, {s.Requests} requests"));
        if (s.StoppedBecause is not null)
        {
            string label = s.ExitCode == ExitCodes.Ok ? "[yellow]stopped:[/]" : "[red]stopped:[/]";
            consoles.Error.MarkupLine($"{label} {Markup.Escape(s.StoppedBecause)}");
        }

        return s.ExitCode;
    }
}

/// <summary>Collects complaints to brand accounts on X (API v2 recent search) and the brands' first replies.</summary>
public sealed class FetchXCommand(Consoles consoles) : AsyncCommand<FetchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FetchSettings settings, CancellationToken cancellationToken)
    {
        string? token = Environment.GetEnvironmentVariable(XApi.TokenVariable);
        if (string.IsNullOrWhiteSpace(token))
        {
            consoles.Error.MarkupLine($"[red]error:[/] {XApi.TokenVariable} is not set (the X API bearer token)");
            return ExitCodes.Failed;
        }

        FetchOptions options = settings.Options(new Uri("https://api.x.com"), consoles);
        return await FetchRun.RunAsync(consoles, settings,
            (connection, pseudonymizer) => LiveCollection.XAsync(connection, pseudonymizer, options, token.Trim(), cancellationToken));
    }
}
