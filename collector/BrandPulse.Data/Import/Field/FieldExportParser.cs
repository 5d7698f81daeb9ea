using BrandPulse.Data.Import.Spreadsheet;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using C = BrandPulse.Data.Import.Field.FieldColumns;

namespace BrandPulse.Data.Import.Field;

/// <summary>
/// Reads a field export (the capture page's CSV, one row per attempt, keyed by <c>attempt_id</c>) into complaints of
/// the campaigns it names, which must be loaded. The brand and contact point must be the campaign's; the channel the
/// contact's. The volunteer's name and device id become a keyed pseudonym and are never stored. Calls and written
/// complaints are checked by <see cref="FieldCall"/> and <see cref="FieldWritten"/>; every rejection names file,
/// line, field and why.
/// </summary>
public static class FieldExportParser
{
    /// <summary>The source prefix: the source is <c>field:</c> + the campaign slug.</summary>
    public const string SourcePrefix = "field:";

    /// <summary>Characters of the volunteer's pseudonym shown in summaries.</summary>
    public const int ShortPseudonym = 8;

    public static FieldExport Parse(string path, IReadOnlyList<Campaign> campaigns, Pseudonymizer pseudonymizer, long nowMs) =>
        Parse(File.ReadAllBytes(path), Path.GetFileName(path), campaigns, pseudonymizer, nowMs);

    public static FieldExport Parse(byte[] bytes, string inputName, IReadOnlyList<Campaign> campaigns, Pseudonymizer pseudonymizer, long nowMs)
    {
        if (HeaderedCsv.IsBlank(bytes))
        {
            return new FieldExport([], [new ImportIssue(IssueKind.Warning, inputName, 1, null, "the file is empty: nothing to import")], []);
        }

        using var csv = new HeaderedCsv(bytes, inputName);
        csv.Require(C.All, string.Join(",", C.All));
        var bySlug = campaigns.ToDictionary(c => c.Slug, c => (Campaign: c, Clock: new CampaignClock(c)), StringComparer.Ordinal);
        var complaints = new Dictionary<string, List<ComplaintInput>>(StringComparer.Ordinal);
        var issues = new Dictionary<string, List<ImportIssue>>(StringComparer.Ordinal);
        var unplaced = new List<ImportIssue>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var tallies = new Dictionary<string, (int Accepted, int Rejected)>(StringComparer.Ordinal);
        foreach (CsvRecord record in csv.Rows())
        {
            string slug = record.Error is null && csv.Column(C.Campaign) is int ci && ci < record.Fields.Count ? (record.Fields[ci] ?? "").Trim() : "";
            bool known = bySlug.ContainsKey(slug);
            List<ImportIssue> sink = known ? Sink(issues, slug) : unplaced;
            int before = sink.Count;
            string volunteer = "(unreadable)";
            ComplaintInput? complaint = null;
            if (csv.Unreadable(record) is { } unreadable)
            {
                sink.Add(unreadable);
            }
            else
            {
                var row = new FieldRow(csv, record, sink);
                string name = row.Required(C.Volunteer), device = row.Required(C.DeviceId);
                volunteer = row.Ok ? pseudonymizer.Of($"field-volunteer:{name}\n{device}") : "(no volunteer)";
                complaint = Read(row, bySlug, slug, volunteer, nowMs, lines);
            }

            bool rejected = sink.Skip(before).Any(i => i.Kind == IssueKind.Rejected);
            string shortName = volunteer.Length > ShortPseudonym && !volunteer.StartsWith('(') ? volunteer[..ShortPseudonym] : volunteer;
            (int a, int r) = tallies.GetValueOrDefault(shortName);
            tallies[shortName] = rejected ? (a, r + 1) : (a + 1, r);
            if (complaint is not null && !rejected)
            {
                Sink(complaints, slug).Add(complaint);
            }
        }

        var inputs = new List<ParsedInput>();
        foreach (string slug in complaints.Keys.Union(issues.Keys).Order(StringComparer.Ordinal))
        {
            List<ComplaintInput> rows = complaints.GetValueOrDefault(slug) ?? [];
            List<ImportIssue> problems = issues.GetValueOrDefault(slug) ?? [];
            inputs.Add(new ParsedInput(SourcePrefix + slug, inputName, rows, problems, new Dictionary<string, long>(StringComparer.Ordinal)
            {
                ["calls"] = rows.Count(c => c.Channel == Channels.Phone),
                ["written"] = rows.Count(c => c.Channel != Channels.Phone),
                ["protocol_breaches"] = problems.Count(i => i.Reason.StartsWith("protocol breach", StringComparison.Ordinal)),
            }));
        }

        return new FieldExport(inputs, unplaced,
            [.. tallies.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new VolunteerTally(t.Key, t.Value.Accepted, t.Value.Rejected))]);
    }

    private static ComplaintInput? Read(
        FieldRow row, Dictionary<string, (Campaign Campaign, CampaignClock Clock)> campaigns, string slug, string volunteer,
        long nowMs, Dictionary<string, int> lines)
    {
        string id = row.Required(C.AttemptId);
        if (!campaigns.TryGetValue(slug, out var found))
        {
            row.Reject(C.Campaign, slug.Length == 0
                ? "campaign is empty"
                : $"campaign '{slug}' is not loaded: load its file first (brandpulse collect campaign load FILE)");
            return null;
        }

        (Campaign campaign, CampaignClock clock) = found;
        string brandName = row.Required(C.Brand), contactId = row.Required(C.Contact), channel = row.Required(C.Channel);
        if (!row.Ok)
        {
            return null;
        }

        CampaignBrand? brand = campaign.Brands.FirstOrDefault(b => string.Equals(b.Brand, brandName, StringComparison.OrdinalIgnoreCase));
        if (brand is null)
        {
            row.Reject(C.Brand, $"unknown brand '{brandName}': campaign {slug} has {string.Join(", ", campaign.Brands.Select(b => b.Brand))}");
            return null;
        }

        CampaignContact? contact = brand.Contacts.FirstOrDefault(c => string.Equals(c.Id, contactId, StringComparison.Ordinal));
        if (contact is null)
        {
            row.Reject(C.Contact, $"unknown contact point '{contactId}' for brand {brand.Brand} in campaign {slug}");
            return null;
        }

        if (!string.Equals(contact.Channel, channel, StringComparison.OrdinalIgnoreCase))
        {
            row.Reject(C.Channel, $"'{channel}' is not the channel of contact point {contact.Id} ({contact.Channel})");
            return null;
        }

        if (lines.TryGetValue(slug + "\n" + id, out int firstLine))
        {
            row.Reject(C.AttemptId, $"attempt {id} is also on line {firstLine}: one row per attempt");
            return null;
        }

        lines[slug + "\n" + id] = row.Line;
        var shell = new ComplaintInput(SourcePrefix + slug, id, CampaignChannels.StoredChannel(contact, out _)!, null, brand.Brand,
            0, null, 0, Illustrative: campaign.Illustrative, Line: row.Line, Campaign: slug, ContributorPseudonym: volunteer);
        return contact.Channel == CampaignChannels.Phone
            ? FieldCall.Read(row, campaign, clock, shell, nowMs)
            : FieldWritten.Read(row, campaign, clock, shell, nowMs);
    }

    private static List<T> Sink<T>(Dictionary<string, List<T>> lists, string key)
    {
        if (!lists.TryGetValue(key, out List<T>? list))
        {
            lists[key] = list = [];
        }

        return list;
    }
}
