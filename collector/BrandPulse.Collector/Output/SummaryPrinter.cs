using BrandPulse.Data.Import;
using Spectre.Console;

namespace BrandPulse.Collector;

/// <summary>The summary that ends every import: counts on stdout, each problem on stderr with file, line and field.</summary>
public static class SummaryPrinter
{
    private const int MaxIssuesShown = 50;

    public static void Print(Consoles consoles, ImportSummary s)
    {
        foreach (ImportIssue issue in s.Issues.Take(MaxIssuesShown))
        {
            string label = issue.Kind switch
            {
                IssueKind.Rejected => "[red]rejected[/]",
                IssueKind.Warning => "[yellow]warning[/]",
                IssueKind.Unattributed => "[yellow]unattributed[/]",
                _ => "[grey]left out[/]",
            };
            consoles.Error.MarkupLine($"{label} {Markup.Escape(issue.ToString())}");
        }

        if (s.Issues.Count > MaxIssuesShown)
        {
            consoles.Error.MarkupLine($"[grey]… and {s.Issues.Count - MaxIssuesShown} more (use --report FILE.json for all)[/]");
        }

        IAnsiConsole o = consoles.Out;
        o.WriteLine($"{s.InputName} ({s.Source}):");
        o.WriteLine($"  accepted      {s.Accepted}");
        o.WriteLine($"  updated       {s.Updated}");
        o.WriteLine($"  duplicate     {s.Duplicates}");
        o.WriteLine($"  rejected      {s.Rejected}");
        o.WriteLine($"  unattributed  {s.Unattributed}");
        o.WriteLine($"  left out      {s.LeftOut}");
        o.WriteLine($"  new brands    {s.NewBrands.Count}");
        foreach (string brand in s.NewBrands)
        {
            o.WriteLine($"    + {brand}");
        }

        foreach ((string key, long value) in s.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  ({key.Replace('_', ' ')}: {value})");
        }
    }
}
