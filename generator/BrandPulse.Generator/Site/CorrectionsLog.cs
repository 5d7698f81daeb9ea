using System.Globalization;
using System.Text;
using BrandPulse.Data.Import.Text;
using BrandPulse.Generator.Localization;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Site;

/// <summary>
/// Reads the committed corrections log: a CSV with the header <c>date,brand_slug,summary</c> (RFC 4180 quoting), read
/// with the project's <see cref="CsvRecordReader"/>.
/// </summary>
public static class CorrectionsLog
{
    public const string FileName = "corrections.csv";

    /// <summary>The log under <c>SITE/content/</c>, newest first (then by position); empty when there is no log.</summary>
    public static IReadOnlyList<Correction> Read(string siteDir) => ReadFile(Path.Combine(siteDir, "content", FileName));

    /// <summary>
    /// The log in a language: English from <c>SITE/content/</c>, Spanish from <c>SITE/content/es/</c>. A translated log
    /// must have the same entries (number, date, brand) as the English one, only the summaries differ; else an error
    /// names the first entry that differs.
    /// </summary>
    public static IReadOnlyList<Correction> Read(string siteDir, SiteLanguage language)
    {
        IReadOnlyList<Correction> english = Read(siteDir);
        if (language == Strings.Reference)
        {
            return english;
        }

        string path = Path.Combine(siteDir, "content", Strings.Code(language), FileName);
        IReadOnlyList<Correction> translated = ReadFile(path);
        for (int i = 0; i < Math.Max(english.Count, translated.Count); i++)
        {
            Correction? e = i < english.Count ? english[i] : null, t = i < translated.Count ? translated[i] : null;
            if (e is null || t is null || e.Number != t.Number || e.Date != t.Date || e.BrandSlug != t.BrandSlug)
            {
                Correction which = (e ?? t)!;
                throw new InvalidDataException($"{path}: entry {which.Number} ({which.Date}) does not match the English log "
                    + "(the same entries, dates and brands in the same order, only the summary translated).");
            }
        }

        return translated;
    }

    private static IReadOnlyList<Correction> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using FileStream stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    /// <summary>The entries of a log given as text.</summary>
    public static IReadOnlyList<Correction> Parse(string csv, string name = FileName) =>
        Parse(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name);

    /// <summary>The entries of a log, newest first (then by position); a malformed one is reported with its line and field.</summary>
    /// <exception cref="FormatException">The header or an entry is malformed.</exception>
    public static IReadOnlyList<Correction> Parse(Stream csv, string name)
    {
        var result = new List<Correction>();
        bool header = false;
        foreach (CsvRecord record in new CsvRecordReader(csv, inputName: name).Records())
        {
            if (record.Error is { } error)
            {
                throw new FormatException($"{name}:{record.Line}: field {error.Field + 1}: {error.Reason}");
            }

            string[] r = [.. record.Fields.Select(f => f!.Trim())];
            if (record.Number == 0)
            {
                if (!r.SequenceEqual(["date", "brand_slug", "summary"]))
                {
                    throw new FormatException($"{name}:{record.Line}: the first line must be 'date,brand_slug,summary'");
                }

                header = true;
                continue;
            }

            if (r.Length != 3 || !DateOnly.TryParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || r[2].Length == 0)
            {
                throw new FormatException($"{name}:{record.Line}: entry {record.Number} needs a date (yyyy-MM-dd), a brand slug or nothing, and a summary");
            }

            result.Add(new Correction((int)record.Number, r[0], r[1].Length == 0 ? null : r[1], r[2]));
        }

        if (!header)
        {
            throw new FormatException($"{name}: the first line must be 'date,brand_slug,summary'");
        }

        return result.OrderByDescending(c => c.Date, StringComparer.Ordinal).ThenByDescending(c => c.Number).ToList();
    }
}
