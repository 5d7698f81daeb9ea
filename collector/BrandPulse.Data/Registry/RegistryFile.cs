using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Registry;

/// <summary>
/// Reads the brand registry (<c>data/brands.csv</c>): <c>slug,name,industry,accounts</c>, where accounts is a
/// <c>;</c>-separated list of <c>channel:handle</c> (e.g. <c>twitter:AppleSupport;twitter:Apple</c>), and an optional
/// <c>law_scope</c> column (basic_service, large_company, not_covered, unknown; empty is unknown). Read with the
/// importers' <see cref="CsvRecordReader"/>: strict UTF-8 (a row with invalid bytes is rejected, naming its field) and
/// physical line numbers.
/// </summary>
public static class RegistryFile
{
    public static IReadOnlyList<RegistryEntry> Read(string path, List<ImportIssue> issues)
    {
        string file = Path.GetFileName(path);
        using FileStream stream = File.OpenRead(path);
        using IEnumerator<CsvRecord> records = new CsvRecordReader(stream, inputName: file).Records().GetEnumerator();
        if (!records.MoveNext())
        {
            return [];
        }

        CsvRecord header = records.Current;
        string[] names = [.. header.Fields.Select(f => (f ?? "").Trim().ToLowerInvariant())];
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string required in new[] { "slug", "name", "industry", "accounts" })
        {
            int at = Array.IndexOf(names, required);
            if (at < 0)
            {
                throw new FormatException($"{file}:{header.Line}: missing column '{required}' (expected slug,name,industry,accounts)");
            }

            column[required] = at;
        }

        int lawScopeColumn = Array.IndexOf(names, "law_scope");
        var entries = new List<RegistryEntry>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            CsvRecord record = records.Current;
            int line = record.Line;
            if (record.Error is { } error)
            {
                string field = error.Field < names.Length ? names[error.Field] : $"column {error.Field + 1}";
                issues.Add(new ImportIssue(IssueKind.Rejected, file, line, field, error.Reason));
                continue;
            }

            string Field(string name) => column[name] < record.Fields.Count ? record.Fields[column[name]] ?? "" : "";
            string slug = Field("slug").Trim();
            string name = Field("name").Trim();
            string? industry = NullIfEmpty(Field("industry"));
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

            string lawScope = lawScopeColumn >= 0 && lawScopeColumn < record.Fields.Count
                ? (record.Fields[lawScopeColumn] ?? "").Trim() : "";
            if (lawScope.Length == 0)
            {
                lawScope = LawScopes.Unknown;
            }
            else if (!LawScopes.All.Contains(lawScope))
            {
                issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "law_scope",
                    $"'{lawScope}' is not a law scope (expected {string.Join(", ", LawScopes.All)})"));
                continue;
            }

            var accounts = new List<(string, string)>();
            foreach (string part in Field("accounts").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
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

            entries.Add(new RegistryEntry(slug, name, industry, accounts, line, lawScope));
        }

        return entries;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
