using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Manual;

/// <summary>
/// A CSV of complaints timed by people: <c>ref,brand,channel,complained_at,answered_at[,observed_until]</c>
/// (columns by name, any order). Each row is checked like <c>log</c>; a bad row (bad time, unknown channel,
/// invalid UTF-8, control characters) is reported with its line and record number and the rest import.
/// The file is streamed and its complaints held compactly (<see cref="ManualRows"/>), never the file.
/// </summary>
public static class ManualCsv
{
    private static readonly string[] s_required = ["brand", "channel", "complained_at"];

    public static ParsedInput Parse(string path, bool illustrative, long nowMs)
    {
        using FileStream stream = File.OpenRead(path);
        return Parse(stream, Path.GetFileName(path), illustrative, nowMs);
    }

    public static ParsedInput Parse(Stream stream, string file, bool illustrative, long nowMs)
    {
        var issues = new List<ImportIssue>();
        var complaints = new ManualRows(illustrative);
        Dictionary<string, int>? columns = null;
        long rows = 0;
        foreach (CsvRecord record in new CsvRecordReader(stream, inputName: file).Records())
        {
            if (columns is null)
            {
                columns = Header(record, file);
                continue;
            }

            rows++;
            if (record.Error is { } error)
            {
                string field = columns.FirstOrDefault(c => c.Value == error.Field).Key ?? $"column {error.Field + 1}";
                issues.Add(new ImportIssue(IssueKind.Rejected, file, record.Line, field, error.Reason, record.Number));
                continue;
            }

            string? Get(string name) => columns.TryGetValue(name, out int i) && i < record.Fields.Count ? record.Fields[i] : null;
            var entry = new ManualEntry(Get("brand") ?? "", Get("channel") ?? "", Get("complained_at") ?? "",
                NullIfBlank(Get("answered_at")), NullIfBlank(Get("ref")), NullIfBlank(Get("observed_until")));
            if (entry.ToComplaint(file, record.Line, nowMs, illustrative, issues, record.Number) is { } complaint)
            {
                complaints.Add(complaint);
            }
        }

        return new ParsedInput(ManualEntry.Source, file, complaints, issues, new Dictionary<string, long> { ["rows"] = rows });
    }

    private static Dictionary<string, int> Header(CsvRecord header, string file)
    {
        if (header.Error is not null)
        {
            throw new ImportFormatException(file, header.Line, $"unreadable header: {header.Error.Reason}");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Fields.Count; i++)
        {
            string name = (header.Fields[i] ?? "").Trim().ToLowerInvariant();
            if (!columns.TryAdd(name, i) && s_required.Contains(name))
            {
                throw new ImportFormatException(file, header.Line, $"column '{name}' appears twice");
            }
        }

        foreach (string required in s_required)
        {
            if (!columns.ContainsKey(required))
            {
                throw new ImportFormatException(file, header.Line,
                    $"missing column '{required}' (expected ref,brand,channel,complained_at,answered_at[,observed_until])");
            }
        }

        return columns;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
