using System.Globalization;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using CsvHelper;
using CsvHelper.Configuration;

namespace BrandPulse.Data.Registry;

/// <summary>
/// Reads the brand registry (<c>data/brands.csv</c>): <c>slug,name,industry,accounts</c>, where accounts is a
/// <c>;</c>-separated list of <c>channel:handle</c> (e.g. <c>twitter:AppleSupport;twitter:Apple</c>).
/// </summary>
public static class RegistryFile
{
    public static IReadOnlyList<RegistryEntry> Read(string path, List<ImportIssue> issues)
    {
        string file = Path.GetFileName(path);
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            return [];
        }

        foreach (string required in new[] { "slug", "name", "industry", "accounts" })
        {
            if (!csv.HeaderRecord!.Any(h => h.Trim().Equals(required, StringComparison.OrdinalIgnoreCase)))
            {
                throw new FormatException($"{file}:1: missing column '{required}' (expected slug,name,industry,accounts)");
            }
        }

        var entries = new List<RegistryEntry>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            string slug = (csv.GetField("slug") ?? "").Trim();
            string name = (csv.GetField("name") ?? "").Trim();
            string? industry = NullIfEmpty(csv.GetField("industry"));
            if (slug.Length == 0 || slug != Slugs.Base(slug) || Slugs.Reserved.Contains(slug))
            {
                issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "slug",
                    $"'{slug}' is not a valid slug (lower-case letters, digits and hyphens, not a site path)"));
                continue;
            }

            if (!slugs.Add(slug))
            {
                issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "slug", $"slug '{slug}' appears twice"));
                continue;
            }

            if (name.Length == 0)
            {
                issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "name", "name is empty"));
                continue;
            }

            var accounts = new List<(string, string)>();
            foreach (string part in (csv.GetField("accounts") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int colon = part.IndexOf(':');
                string? channel = colon > 0 ? Channels.Normalize(part[..colon]) : null;
                string handle = colon > 0 ? part[(colon + 1)..].Trim().TrimStart('@') : "";
                if (channel is null || handle.Length == 0)
                {
                    issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "accounts",
                        $"'{part}' is not channel:handle with a known channel ({Channels.AllowedList})"));
                    continue;
                }

                if (NameKey.HasInvisible(handle))
                {
                    string clean = NameKey.Clean(handle).TrimStart('@');
                    issues.Add(new ImportIssue(IssueKind.Warning, file, line, "accounts",
                        $"the handle {channel}:{clean} held invisible characters (zero-width, byte-order or bidi marks): removed"));
                    handle = clean;
                }

                accounts.Add((channel, handle));
            }

            entries.Add(new RegistryEntry(slug, name, industry, accounts, line));
        }

        return entries;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
