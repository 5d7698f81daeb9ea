using System.Security.Cryptography;
using System.Text;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Import.Spreadsheet;

/// <summary>
/// Reads anyone's spreadsheet export (CSV with ',', ';' or tab, sniffed from the header) through a column mapping.
/// A UTF-8 byte-order mark, CRLF or LF rows and quoted line breaks are fine (issues carry the physical line where the
/// row starts); bytes that are not UTF-8, an unknown channel, a bad or offset-less time (without a zone) reject the row.
/// Rows without <c>ref</c> get a key derived from their fields, so importing the file again adds nothing.
/// </summary>
public static class SpreadsheetParser
{
    /// <summary>The source prefix: the source is <c>csv:</c> + the file name without extension.</summary>
    public const string SourcePrefix = "csv:";

    public static ParsedInput Parse(string path, SpreadsheetMapping mapping, SpreadsheetOptions options) =>
        Parse(File.ReadAllBytes(path), Path.GetFileName(path), mapping, options);

    public static ParsedInput Parse(byte[] bytes, string inputName, SpreadsheetMapping mapping, SpreadsheetOptions options)
    {
        string source = SourcePrefix + Path.GetFileNameWithoutExtension(inputName);
        if (HeaderedCsv.IsBlank(bytes))
        {
            return HeaderedCsv.Empty(source, inputName);
        }

        using var csv = new HeaderedCsv(bytes, inputName);
        csv.Require(mapping.Columns().Select(c => c.Column), string.Join(",", mapping.Columns().Select(c => c.Column)) + " (from the mapping)");
        var reader = new SpreadsheetRowReader(csv, mapping, options, source);
        var issues = new List<ImportIssue>();
        var complaints = new List<ComplaintInput>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        long rows = 0;
        foreach (CsvRecord r in csv.Rows())
        {
            rows++;
            if (reader.Read(r, issues) is not { } complaint)
            {
                continue;
            }

            if (!lines.TryAdd(complaint.SourceKey, r.Line))
            {
                issues.Add(new ImportIssue(IssueKind.Rejected, inputName, r.Line, mapping.Ref,
                    $"the same complaint as line {lines[complaint.SourceKey]}", r.Number));
                continue;
            }

            complaints.Add(complaint);
        }

        issues.AddRange(csv.Rejoins);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["rows"] = rows,
            ["answered"] = complaints.Count(c => c.FirstResponseAtMs is not null),
            ["waiting"] = complaints.Count(c => c.FirstResponseAtMs is null),
            ["rejected"] = issues.Count(i => i.Kind == IssueKind.Rejected),
        };
        return new ParsedInput(source, inputName, complaints, issues, counts);
    }

    /// <summary>The key of a row without a reference: a hash of what identifies the complaint.</summary>
    internal static string AutoKey(string whose, string channel, long complained, long? answered) =>
        "auto-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{Registry.NameKey.Of(whose)}|{channel}|{complained}|{answered}")))[..20];
}
