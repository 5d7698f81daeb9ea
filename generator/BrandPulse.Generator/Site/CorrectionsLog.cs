using System.Globalization;
using System.Text;

namespace BrandPulse.Generator.Site;

/// <summary>Reads the committed corrections log: a CSV with the header <c>date,brand_slug,summary</c> (RFC 4180 quoting).</summary>
public static class CorrectionsLog
{
    public const string FileName = "corrections.csv";

    /// <summary>The log under <c>SITE/content/</c>, newest first (then by position); empty when there is no log.</summary>
    public static IReadOnlyList<Correction> Read(string siteDir)
    {
        string path = Path.Combine(siteDir, "content", FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path, Encoding.UTF8), path) : [];
    }

    public static IReadOnlyList<Correction> Parse(string csv, string name = FileName)
    {
        List<string[]> rows = CsvRows(csv.TrimStart('\uFEFF')).Where(r => r.Length > 1 || r[0].Length > 0).ToList();
        if (rows.Count == 0 || !rows[0].Select(h => h.Trim()).SequenceEqual(["date", "brand_slug", "summary"]))
        {
            throw new FormatException($"{name}: the first line must be 'date,brand_slug,summary'");
        }

        var result = new List<Correction>();
        for (int i = 1; i < rows.Count; i++)
        {
            string[] r = rows[i];
            if (r.Length != 3 || !DateOnly.TryParseExact(r[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || r[2].Trim().Length == 0)
            {
                throw new FormatException($"{name}: entry {i} needs a date (yyyy-MM-dd), a brand slug or nothing, and a summary");
            }

            string slug = r[1].Trim();
            result.Add(new Correction(i, r[0].Trim(), slug.Length == 0 ? null : slug, r[2].Trim()));
        }

        return result.OrderByDescending(c => c.Date, StringComparer.Ordinal).ThenByDescending(c => c.Number).ToList();
    }

    private static IEnumerable<string[]> CsvRows(string text)
    {
        var row = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                yield return row.ToArray();
                row.Clear();
            }
            else { cell.Append(c); }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString().TrimEnd('\r'));
            yield return row.ToArray();
        }
    }
}
