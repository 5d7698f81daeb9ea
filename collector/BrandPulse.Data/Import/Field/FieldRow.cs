using BrandPulse.Data.Import.Spreadsheet;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Import.Field;

/// <summary>
/// One row of a field export being read: its fields by column name and typed getters that record a rejection (file,
/// line, field, why) for a bad value. <see cref="Ok"/> is false once anything was rejected.
/// </summary>
internal sealed class FieldRow(HeaderedCsv csv, CsvRecord record, List<ImportIssue> issues)
{
    private readonly int _before = issues.Count;

    public int Line => record.Line;

    public long Number => record.Number;

    public bool Ok => issues.Count == _before;

    public string Get(string name) => csv.Column(name) is int i && i < record.Fields.Count ? (record.Fields[i] ?? "").Trim() : "";

    public void Reject(string? field, string reason) =>
        issues.Add(new ImportIssue(IssueKind.Rejected, csv.File, record.Line, field, reason, record.Number));

    public void Warn(string? field, string reason) =>
        issues.Add(new ImportIssue(IssueKind.Warning, csv.File, record.Line, field, reason, record.Number));

    /// <summary>A required non-empty field (at most 200 characters).</summary>
    public string Required(string name)
    {
        string value = Get(name);
        if (value.Length == 0)
        {
            Reject(name, $"{name} is empty");
        }
        else if (value.Length > 200 || CleanText.HasControl(value))
        {
            Reject(name, $"{name} is longer than 200 characters or holds control characters");
            return "";
        }

        return value;
    }

    /// <summary>An ISO 8601 time with its offset, or null when empty (then rejected if <paramref name="required"/>).</summary>
    public long? Time(string name, bool required)
    {
        string text = Get(name);
        if (text.Length == 0)
        {
            if (required)
            {
                Reject(name, $"{name} is empty");
            }

            return null;
        }

        if (CanonicalIsoTime.TryParse(text, out long ms) || IsoTime.TryParse(text, out ms, out _))
        {
            return ms;
        }

        IsoTime.TryParse(text, out _, out string error);
        Reject(name, error);
        return null;
    }

    /// <summary>yes / no / empty.</summary>
    public bool? YesNo(string name)
    {
        string value = Get(name).ToLowerInvariant();
        switch (value)
        {
            case "": return null;
            case "yes": return true;
            case "no": return false;
            default:
                Reject(name, $"'{Clip(value)}' is not yes, no or empty");
                return null;
        }
    }

    /// <summary>A language code (es, ca, gl, eu, en, other) or empty.</summary>
    public string? Language(string name)
    {
        string value = Get(name);
        if (value.Length == 0)
        {
            return null;
        }

        string? code = Languages.Normalize(value);
        if (code is null)
        {
            Reject(name, $"'{Clip(value)}' is not a language code: use one of {string.Join(", ", Languages.All)} or leave it empty");
        }

        return code;
    }

    /// <summary>One of <paramref name="allowed"/>, or empty (then rejected if <paramref name="required"/>).</summary>
    public string? OneOf(string name, IReadOnlyList<string> allowed, bool required)
    {
        string value = Get(name).ToLowerInvariant();
        if (value.Length == 0)
        {
            if (required)
            {
                Reject(name, $"{name} is empty: use one of {string.Join(", ", allowed)}");
            }

            return null;
        }

        if (!allowed.Contains(value))
        {
            Reject(name, $"'{Clip(value)}' is not one of {string.Join(", ", allowed)}");
            return null;
        }

        return value;
    }

    /// <summary>Rejects the first pair of phases out of order (each later one must not come before an earlier one).</summary>
    public void InOrder(params (string Name, long? At)[] phases)
    {
        (string Name, long At)? previous = null;
        foreach ((string name, long? at) in phases)
        {
            if (at is not long t)
            {
                continue;
            }

            if (previous is { } p && t < p.At)
            {
                Reject(name, $"phases out of order: {name} is before {p.Name}");
                return;
            }

            previous = (name, t);
        }
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
