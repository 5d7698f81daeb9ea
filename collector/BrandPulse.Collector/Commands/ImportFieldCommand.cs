using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Campaigns;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Field;
using BrandPulse.Data.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>
/// Imports a field export (the capture page's CSV) into the campaigns it names, which must be loaded: each campaign's
/// attempts in one transaction, keyed by attempt id, so an updated export updates answers and adds nothing twice.
/// The summary ends with each volunteer's attempts accepted and rejected, by pseudonym.
/// </summary>
public sealed class ImportFieldCommand(Consoles consoles) : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        using DbConnection connection = Database.OpenForWrite(settings.Db);
        Pseudonymizer pseudonymizer = settings.Pseudonymizer(connection);
        FieldExport export = FieldExportParser.Parse(settings.File, new CampaignStore(connection).All(), pseudonymizer,
            DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        string sha = ImportSession.Sha256Of(settings.File);
        var summaries = export.Campaigns
            .Select(parsed => new ImportSession(connection) { Selected = settings.SelectedOverride }.Write(parsed, sha))
            .ToList();
        ImportSummary all = Combine(Path.GetFileName(settings.File), summaries, export.Unplaced);
        SummaryPrinter.Print(consoles, all);
        var table = new Table().AddColumns("volunteer (pseudonym)", "accepted", "rejected");
        foreach (VolunteerTally v in export.Volunteers)
        {
            table.AddRow(Markup.Escape(v.Pseudonym), v.Accepted.ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.Rejected > 0 ? $"[red]{v.Rejected}[/]" : "0");
        }

        consoles.Out.Write(table);
        if (settings.Report is not null)
        {
            ReportFile.Write(settings.Report, all);
        }

        return all.ExitCode;
    }

    private static ImportSummary Combine(string input, List<ImportSummary> parts, IReadOnlyList<ImportIssue> unplaced)
    {
        IReadOnlyList<ImportIssue> issues = [.. unplaced, .. parts.SelectMany(p => p.Issues)];
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach ((string key, long value) in parts.SelectMany(p => p.Counts))
        {
            counts[key] = counts.GetValueOrDefault(key) + value;
        }

        string source = parts.Count == 0 ? FieldExportParser.SourcePrefix.TrimEnd(':') : string.Join(", ", parts.Select(p => p.Source));
        return new ImportSummary(source, input, parts.Sum(p => p.Accepted), parts.Sum(p => p.Updated), parts.Sum(p => p.Duplicates),
            issues.Count(i => i.Kind == IssueKind.Rejected), parts.Sum(p => p.Unattributed),
            issues.Count(i => i.Kind == IssueKind.LeftOut), [.. parts.SelectMany(p => p.NewBrands)], issues, counts);
    }
}
