using System.Text.RegularExpressions;

namespace BrandPulse.Generator.Site;

/// <summary>
/// Captions for tables written in Markdown, which has no syntax for them: a paragraph "Table: what it shows" right
/// before a table becomes that table's caption. Works on Markdig's HTML, whose text is already escaped.
/// </summary>
public static partial class ProseCaptions
{
    public static string Add(string html) => Caption().Replace(html, m => $"<table>\n<caption>{m.Groups["text"].Value.Trim()}</caption>");

    [GeneratedRegex("<p>Table: (?<text>[^<]*(?:<(?!/p>)[^<]*)*)</p>\\s*<table>", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();
}
