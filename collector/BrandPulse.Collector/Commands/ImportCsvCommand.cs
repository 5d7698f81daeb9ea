using System.ComponentModel;
using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Import.Spreadsheet;
using BrandPulse.Data.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>import csv</c>.</summary>
public sealed class ImportCsvSettings : ImportSettings
{
    [CommandOption("--map <FIELDS>")]
    [Description("Which column holds which field: brand=ColA,channel=ColB,complained_at=ColC,answered_at=ColD[[,ref=..]][[,observed_until=..]][[,account=..]].")]
    public string? Map { get; set; }

    [CommandOption("--mapping <FILE.json>")]
    [Description("The same mapping as a JSON object, e.g. {\"brand\": \"Company\", \"complained_at\": \"Opened\"}.")]
    public string? Mapping { get; set; }

    [CommandOption("--channel <CHANNEL>")]
    [Description("The channel of every row, when no column says (twitter, phone, email, ...).")]
    public string? Channel { get; set; }

    [CommandOption("--time-zone <IANA_ZONE>")]
    [Description("The zone of times written without an offset, e.g. Europe/Berlin. Without it such times are rejected.")]
    public string? TimeZone { get; set; }

    [CommandOption("--time-format <FORMAT>")]
    [Description("A .NET custom time format, e.g. \"dd/MM/yyyy HH:mm\" (with zzz when the times carry an offset). Default: ISO 8601.")]
    public string? TimeFormat { get; set; }

    [CommandOption("--dry-run")]
    [Description("Check the file and report as an import would, without writing to (or creating) the database.")]
    public bool DryRun { get; set; }

    public override ValidationResult Validate()
    {
        if ((Map is null) == (Mapping is null))
        {
            return ValidationResult.Error("give the column mapping with either --map or --mapping");
        }

        if (Channel is not null && Channels.Normalize(Channel) is null)
        {
            return ValidationResult.Error($"--channel: unknown channel '{Channel}'; allowed: {Channels.AllowedList}");
        }

        if (TimeZone is not null && !ZonedTime.TryFind(TimeZone, out _, out string zoneError))
        {
            return ValidationResult.Error($"--time-zone: {zoneError}");
        }

        if (Mapping is not null && !System.IO.File.Exists(Mapping))
        {
            return ValidationResult.Error($"mapping file not found: {Mapping}");
        }

        try
        {
            _ = ReadMapping();
        }
        catch (FormatException e)
        {
            return ValidationResult.Error(e.Message);
        }

        return base.Validate();
    }

    internal SpreadsheetMapping ReadMapping() => Map is not null
        ? SpreadsheetMapping.Parse(Map, Channel is not null)
        : SpreadsheetMapping.FromJson(System.IO.File.ReadAllText(Mapping!), Channel is not null, Mapping!);
}

/// <summary>Imports anyone's spreadsheet through a column mapping; <c>--dry-run</c> only checks and reports.</summary>
public sealed class ImportCsvCommand(Consoles consoles) : Command<ImportCsvSettings>
{
    public override int Execute(CommandContext context, ImportCsvSettings settings, CancellationToken cancellationToken)
    {
        TimeZoneInfo? zone = settings.TimeZone is not null && ZonedTime.TryFind(settings.TimeZone, out TimeZoneInfo z, out _) ? z : null;
        var options = new SpreadsheetOptions(Channels.Normalize(settings.Channel), zone, settings.TimeFormat,
            DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        ParsedInput parsed = SpreadsheetParser.Parse(settings.File, settings.ReadMapping(), options);
        ImportSummary summary;
        if (settings.DryRun)
        {
            summary = new ImportSummary(parsed.Source, parsed.InputName, parsed.Complaints.Count, 0, 0, parsed.Rejected,
                0, parsed.Issues.Count(i => i.Kind == IssueKind.LeftOut), [], parsed.Issues, parsed.Counts);
        }
        else
        {
            using DbConnection connection = Database.OpenForWrite(settings.Db);
            summary = ImportRunner.WriteWithProgress(consoles, connection, parsed, ImportSession.Sha256Of(settings.File), settings.SelectedOverride);
        }

        SummaryPrinter.Print(consoles, summary);
        if (settings.DryRun)
        {
            consoles.Out.WriteLine($"dry run: nothing written to {Database.Display(settings.Db)}");
        }

        if (settings.Report is not null)
        {
            ReportFile.Write(settings.Report, summary);
        }

        return summary.ExitCode;
    }
}
