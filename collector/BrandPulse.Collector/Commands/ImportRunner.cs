using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Operations;
using BrandPulse.Data.Registry;
using Spectre.Console;

namespace BrandPulse.Collector.Commands;

/// <summary>
/// The part every file import shares: open (and migrate) the database, parse, write in one transaction with
/// progress, print the summary, write the report, choose the exit code.
/// </summary>
public static class ImportRunner
{
    public static int Run(Consoles consoles, ImportSettings settings, Func<DbConnection, Pseudonymizer, ParsedInput> parse)
    {
        using DbConnection connection = Database.OpenForWrite(settings.Db);
        Pseudonymizer pseudonymizer = settings.Pseudonymizer(connection);
        // The input's hash (kept with the import run) is read on another core while the file is parsed.
        Task<string> hashing = Task.Run(() => ImportSession.Sha256Of(settings.File));
        ParsedInput parsed = parse(connection, pseudonymizer);
        string sha = hashing.GetAwaiter().GetResult();
        StopSignal.ThrowIfRequested(() => $"nothing of {Path.GetFileName(settings.File)} was stored; run it again");
        ImportSummary summary = WriteWithProgress(consoles, connection, parsed, sha, settings.SelectedOverride);
        SummaryPrinter.Print(consoles, summary);
        if (settings.Report is not null)
        {
            ReportFile.Write(settings.Report, summary);
        }

        return summary.ExitCode;
    }

    public static ImportSummary WriteWithProgress(Consoles consoles, DbConnection connection, ParsedInput parsed, string? sha, bool? selected = null)
    {
        int total = parsed.Complaints.Count;
        if (total < 5_000 || !consoles.Error.Profile.Capabilities.Interactive)
        {
            return new ImportSession(connection) { Selected = selected }.Write(parsed, sha);
        }

        ImportSummary? summary = null;
        consoles.Error.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask($"storing {total:N0} complaints", maxValue: total);
            summary = new ImportSession(connection) { Selected = selected, Progress = n => { if (n % 1000 == 0) task.Value = n; } }.Write(parsed, sha);
            task.Value = total;
        });
        return summary!;
    }
}
