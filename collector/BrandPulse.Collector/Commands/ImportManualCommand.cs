using System.ComponentModel;
using System.Globalization;
using BrandPulse.Data.Import;
using BrandPulse.Data.Manual;
using BrandPulse.Data.Model;
using CsvHelper;
using CsvHelper.Configuration;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>import manual</c>.</summary>
public sealed class ImportManualSettings : ImportSettings
{
    [CommandOption("--illustrative")]
    [Description("Mark every complaint as illustrative (made-up example data): the site labels each figure derived from it.")]
    public bool Illustrative { get; set; }
}

/// <summary>Imports a CSV of complaints timed by people, each row validated like <c>log</c>.</summary>
public sealed class ImportManualCommand(Consoles consoles) : Command<ImportManualSettings>
{
    public override int Execute(CommandContext context, ImportManualSettings settings, CancellationToken cancellationToken) =>
        ImportRunner.Run(consoles, settings, (_, _) => Parse(settings.File, settings.Illustrative));

    public static ParsedInput Parse(string path, bool illustrative)
    {
        string file = Path.GetFileName(path);
        var issues = new List<ImportIssue>();
        var complaints = new List<ComplaintInput>();
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true), true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
        });
        if (!csv.Read() || !csv.ReadHeader())
        {
            return new ParsedInput(ManualEntry.Source, file, [], [], new Dictionary<string, long>());
        }

        foreach (string column in new[] { "brand", "channel", "complained_at" })
        {
            if (!csv.HeaderRecord!.Any(h => h.Trim().Equals(column, StringComparison.OrdinalIgnoreCase)))
            {
                throw new FormatException($"{file}:1: missing column '{column}' (expected ref,brand,channel,complained_at,answered_at[,observed_until])");
            }
        }

        while (csv.Read())
        {
            var entry = new ManualEntry(csv.GetField("brand") ?? "", csv.GetField("channel") ?? "",
                csv.GetField("complained_at") ?? "", csv.GetField("answered_at"), csv.GetField("ref"), csv.GetField("observed_until"));
            if (entry.ToComplaint(file, csv.Parser.RawRow, now, illustrative, issues) is { } complaint)
            {
                complaints.Add(complaint);
            }
        }

        return new ParsedInput(ManualEntry.Source, file, complaints, issues,
            new Dictionary<string, long> { ["rows"] = complaints.Count + issues.Count(i => i.Kind == IssueKind.Rejected) });
    }
}
