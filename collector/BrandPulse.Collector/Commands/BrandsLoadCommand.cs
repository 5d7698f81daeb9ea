using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Registry;
using Microsoft.Data.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Loads the brand registry into the database.</summary>
public sealed class BrandsLoadCommand(Consoles consoles) : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        var issues = new List<ImportIssue>();
        IReadOnlyList<RegistryEntry> entries = RegistryFile.Read(settings.File, issues);
        using SqliteConnection connection = Database.OpenForWrite(settings.Db);
        RegistryLoadResult result = RegistryLoader.Apply(connection, entries);
        foreach (ImportIssue issue in issues)
        {
            consoles.Error.MarkupLineInterpolated($"[red]rejected[/] {issue.ToString()}");
        }

        consoles.Out.WriteLine($"{Path.GetFileName(settings.File)}: {entries.Count} brands ({result.Added} added, " +
            $"{result.Updated} updated), {result.AccountsAttached} accounts attached, {issues.Count} rejected");
        return issues.Count > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
    }
}
