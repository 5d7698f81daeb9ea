using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Registry;
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
        using DbConnection connection = Database.OpenForWrite(settings.Db);
        RegistryLoadResult result = RegistryLoader.Apply(connection, entries);
        foreach (ImportIssue issue in issues)
        {
            if (issue.Kind == IssueKind.Rejected)
            {
                consoles.Error.MarkupLineInterpolated($"[red]rejected[/] {issue.ToString()}");
            }
            else
            {
                consoles.Error.MarkupLineInterpolated($"[yellow]warning[/] {issue.ToString()}");
            }
        }

        int rejected = issues.Count(i => i.Kind == IssueKind.Rejected);
        string merged = result.Merged > 0 ? $", {result.Merged} merged into a registry brand of the same name" : "";
        consoles.Out.WriteLine($"{Path.GetFileName(settings.File)}: {entries.Count} brands ({result.Added} added, " +
            $"{result.Updated} updated{merged}), {result.AccountsAttached} accounts attached, {rejected} rejected");
        return rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
    }
}
