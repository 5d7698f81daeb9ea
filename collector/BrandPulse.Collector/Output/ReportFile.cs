using System.Text.Json;
using BrandPulse.Data.Import;

namespace BrandPulse.Collector;

/// <summary>The machine-readable import report: counts and every issue with file, line, record, field and reason.</summary>
public static class ReportFile
{
    private static readonly JsonSerializerOptions s_options = new() { WriteIndented = true };

    public static void Write(string path, ImportSummary s)
    {
        var report = new
        {
            source = s.Source,
            input = s.InputName,
            accepted = s.Accepted,
            updated = s.Updated,
            duplicates = s.Duplicates,
            rejected = s.Rejected,
            unattributed = s.Unattributed,
            left_out = s.LeftOut,
            new_brands = s.NewBrands,
            counts = s.Counts,
            issues = s.Issues.Select(i => new
            {
                kind = i.Kind.ToString().ToLowerInvariant(),
                file = i.File,
                line = i.Line,
                record = i.Record,
                field = i.Field,
                reason = i.Reason,
            }),
        };
        string tmp = path + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(report, s_options));
        File.Move(tmp, path, overwrite: true);
    }
}
