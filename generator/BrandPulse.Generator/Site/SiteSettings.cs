using System.Text.Json;

namespace BrandPulse.Generator.Site;

/// <summary>
/// What a deployment says about itself, kept out of the code: <c>SITE/content/settings.json</c>. Today one block:
/// <code>{ "corrections": { "email": "editors@example.org", "answer_within_working_days": 10 } }</code>
/// A missing file, field or a value of the wrong kind is an error naming the file, the field and why.
/// </summary>
public sealed record SiteSettings(CorrectionsSettings Corrections)
{
    public const string FileName = "settings.json";

    /// <summary>The settings of a site folder, read now.</summary>
    /// <exception cref="InvalidDataException">The file is missing or malformed (file, field, why).</exception>
    public static SiteSettings Read(string siteDir)
    {
        string path = Path.Combine(siteDir, "content", FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: missing; it gives the corrections address and answer time (see Site/SiteSettings.cs)");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>The settings in a JSON text; <paramref name="name"/> names it in errors.</summary>
    public static SiteSettings Parse(string json, string name)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: line {e.LineNumber + 1}: not valid JSON ({e.Message})", e);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("corrections", out JsonElement c) || c.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{name}: corrections: missing; it must be an object with email and answer_within_working_days");
        }

        string email = c.TryGetProperty("email", out JsonElement e1) && e1.ValueKind == JsonValueKind.String ? e1.GetString()!.Trim() : "";
        int at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == email.Length - 1 || email.Contains(' ', StringComparison.Ordinal) || email.IndexOf('@', at + 1) >= 0)
        {
            throw new InvalidDataException($"{name}: corrections.email: '{email}' is not an e-mail address (name@domain)");
        }

        if (!c.TryGetProperty("answer_within_working_days", out JsonElement d) || d.ValueKind != JsonValueKind.Number
            || !d.TryGetInt32(out int days) || days < 1 || days > 365)
        {
            throw new InvalidDataException($"{name}: corrections.answer_within_working_days: must be a whole number of working days from 1 to 365");
        }

        return new SiteSettings(new CorrectionsSettings(email, days));
    }
}
