using System.Security.Cryptography;
using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Manual;

/// <summary>
/// One complaint timed by a person (a phone call, a tweet): brand, channel, when the complaint was made and when
/// (if ever) the brand answered. Without a reference, the key is derived from the fields, so the same entry
/// submitted twice is still one complaint.
/// </summary>
public sealed record ManualEntry(
    string Brand, string Channel, string ComplainedAt, string? AnsweredAt, string? Ref, string? ObservedUntil = null)
{
    public const string Source = "manual";

    /// <summary>Validates the entry and turns it into a complaint, or lists what is wrong with it.</summary>
    public ComplaintInput? ToComplaint(string file, int line, long nowMs, bool illustrative, List<ImportIssue> issues, long? record = null)
    {
        int before = issues.Count;
        string brand = CleanText.Name(Brand ?? "");
        if (CleanText.HasControl(Brand ?? ""))
        {
            issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "brand", "brand contains control characters", record));
        }
        else if (brand.Length == 0)
        {
            issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "brand", "brand is empty", record));
        }
        else if (brand.Length > 200)
        {
            issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "brand", "brand name is longer than 200 characters", record));
        }

        string? channel = Channels.Normalize(Channel);
        if (channel is null)
        {
            issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "channel",
                $"unknown channel '{Clip(Channel)}'; allowed: {Channels.AllowedList} (x is twitter)", record));
        }

        long complained = Time("complained_at", ComplainedAt, file, line, issues, record) ?? 0;
        long? answered = string.IsNullOrWhiteSpace(AnsweredAt) ? null : Time("answered_at", AnsweredAt, file, line, issues, record);
        long? observed = string.IsNullOrWhiteSpace(ObservedUntil) ? null : Time("observed_until", ObservedUntil, file, line, issues, record);
        if (issues.Count == before && answered < complained)
        {
            issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "answered_at", "answered before the complaint was made", record));
        }

        if (issues.Count == before && complained > nowMs + 120_000)
        {
            issues.Add(new ImportIssue(IssueKind.Rejected, file, line, "complained_at", "complaint time is in the future", record));
        }

        if (issues.Count != before)
        {
            return null;
        }

        string key = string.IsNullOrWhiteSpace(Ref)
            ? "auto-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                $"{Registry.NameKey.Of(brand)}|{channel}|{complained}|{answered}")))[..20]
            : Ref.Trim();
        long until = answered ?? Math.Max(observed ?? nowMs, complained);
        return new ComplaintInput(Source, key, channel!, null, brand, complained, answered, until,
            Illustrative: illustrative, Line: line,
            Outcome: channel == Channels.Phone && answered is not null ? PhoneOutcomes.ReachedPerson : null);
    }

    private static long? Time(string field, string? text, string file, int line, List<ImportIssue> issues, long? record)
    {
        if (CanonicalIsoTime.TryParse(text, out long ms))
        {
            return ms;
        }

        if (IsoTime.TryParse(text, out ms, out string error))
        {
            return ms;
        }

        issues.Add(new ImportIssue(IssueKind.Rejected, file, line, field, error, record));
        return null;
    }

    private static string Clip(string? s) => s is null ? "" : s.Length <= 40 ? s : s[..40] + "…";
}
