using System.ComponentModel;
using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Manual;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>log</c>.</summary>
public sealed class LogSettings : DbSettings
{
    [CommandOption("--brand <NAME>")]
    [Description("The brand complained to (its display name or slug; a new name creates the brand).")]
    public string Brand { get; set; } = "";

    [CommandOption("--new")]
    [Description("The brand is new even though its name differs from an existing brand's only by accents.")]
    public bool New { get; set; }

    [CommandOption("--channel <CHANNEL>")]
    [Description("twitter (or x), phone, email, chat, facebook, bluesky, ...")]
    public string Channel { get; set; } = "";

    [CommandOption("--complained-at <TIME>")]
    [Description("When the complaint was made: ISO 8601 with an offset, e.g. 2024-05-02T09:00:00+02:00.")]
    public string ComplainedAt { get; set; } = "";

    [CommandOption("--answered-at <TIME>")]
    [Description("When the brand first answered (on the phone: when a human answered). Omit while still waiting.")]
    public string? AnsweredAt { get; set; }

    [CommandOption("--ref <ID>")]
    [Description("Your reference for this complaint; logging the same --ref again updates it instead of adding one.")]
    public string? Ref { get; set; }

    public override ValidationResult Validate()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Brand)) missing.Add("--brand");
        if (string.IsNullOrWhiteSpace(Channel)) missing.Add("--channel");
        if (string.IsNullOrWhiteSpace(ComplainedAt)) missing.Add("--complained-at");
        return missing.Count == 0 ? ValidationResult.Success() : ValidationResult.Error($"missing {string.Join(", ", missing)}");
    }
}

/// <summary>Records one complaint timed by a person.</summary>
public sealed class LogCommand(Consoles consoles) : Command<LogSettings>
{
    public override int Execute(CommandContext context, LogSettings settings, CancellationToken cancellationToken)
    {
        var issues = new List<ImportIssue>();
        var entry = new ManualEntry(settings.Brand, settings.Channel, settings.ComplainedAt, settings.AnsweredAt, settings.Ref);
        ComplaintInput? complaint = entry.ToComplaint("log", 0, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), false, issues);
        if (complaint is null)
        {
            foreach (ImportIssue issue in issues)
            {
                consoles.Error.MarkupLineInterpolated($"[red]error:[/] {issue.Field}: {issue.Reason}");
            }

            return ExitCodes.Failed;
        }

        using DbConnection connection = Database.OpenForWrite(settings.Db);
        if (!settings.New && BrandEdit.LookAlikeError(new BrandStore(connection), settings.Brand, "--brand") is { } lookAlike)
        {
            consoles.Error.MarkupLineInterpolated($"[red]error:[/] {lookAlike}");
            return ExitCodes.Failed;
        }

        ImportSummary summary = new ImportSession(connection).Write(
            new ParsedInput(ManualEntry.Source, "log", [complaint], [], new Dictionary<string, long>()));
        string what = summary.Accepted == 1 ? "recorded"
            : summary.Updated == 1 && complaint.FirstResponseAtMs is not null ? "updated"
            : "already recorded (nothing added)";
        consoles.Out.WriteLine($"{what}: {complaint.BrandName} on {Channels.DisplayName(complaint.Channel)}, " +
            $"ref {complaint.SourceKey}, " +
            (complaint.FirstResponseAtMs is long r ? $"answered after {(r - complaint.ComplainedAtMs) / 60_000.0:0.#} min" : "still waiting"));
        foreach (string brand in summary.NewBrands)
        {
            consoles.Out.WriteLine($"new brand: {brand}");
        }

        return ExitCodes.Ok;
    }
}
