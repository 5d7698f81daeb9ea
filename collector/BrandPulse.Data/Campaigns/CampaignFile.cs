using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Campaigns;

/// <summary>
/// Reads a campaign file (see the README's organisers' section): checks every field and lists each problem with its
/// field and why, so an organiser can fix the file in one go. Unknown fields are refused (a misspelt field would
/// otherwise be ignored silently).
/// </summary>
public static partial class CampaignFile
{
    private static readonly string[] s_rootFields = ["slug", "name", "illustrative", "starts", "ends", "region", "time_zone", "protocol", "brands"];
    private static readonly string[] s_protocolFields = ["min_wait_seconds", "max_wait_seconds", "attempts_per_contact", "call_windows", "written_observation_days"];
    private static readonly string[] s_brandFields = ["brand", "contacts"];
    private static readonly string[] s_contactFields = ["id", "channel", "address", "label"];

    public static Campaign? Load(string path, out IReadOnlyList<CampaignError> errors) =>
        Parse(File.ReadAllBytes(path), Path.GetFileName(path), out errors);

    public static Campaign? Parse(byte[] utf8, string file, out IReadOnlyList<CampaignError> errors)
    {
        var found = new List<CampaignError>();
        errors = found;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            found.Add(new CampaignError(file, e.Path is { Length: > 0 } p ? p : "$", $"not valid JSON: {FirstSentence(e.Message)}", (e.LineNumber ?? 0) + 1));
            return null;
        }

        using (doc)
        {
            var check = new Checker(file, found);
            Campaign? campaign = check.Root(doc.RootElement);
            return found.Count == 0 ? campaign : null;
        }
    }

    private static string FirstSentence(string message) => message.Split(" Path:")[0].Split(" LineNumber:")[0].Trim();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^ES(-[A-Z]{2})?$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$")]
    private static partial Regex WindowPattern();

    private sealed class Checker(string file, List<CampaignError> errors)
    {
        private void Error(string field, string why) => errors.Add(new CampaignError(file, field, why));

        public Campaign? Root(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", "the campaign must be a JSON object");
                return null;
            }

            Unknown(root, "", s_rootFields);
            string slug = Text(root, "slug", "") ?? "";
            if (slug.Length > 0 && (!SlugPattern().IsMatch(slug) || slug.Length > 80))
            {
                Error("slug", $"'{slug}' is not a slug: lower-case letters, digits and single hyphens, at most 80 characters");
            }

            string name = Text(root, "name", "") ?? "";
            bool illustrative = root.TryGetProperty("illustrative", out JsonElement ill)
                ? ill.ValueKind is JsonValueKind.True or JsonValueKind.False ? ill.GetBoolean() : Bad<bool>("illustrative", "must be true or false")
                : false;
            DateOnly? starts = Date(root, "starts"), ends = Date(root, "ends");
            if (starts is { } s && ends is { } e && e < s)
            {
                Error("ends", $"{e:yyyy-MM-dd} is before starts ({s:yyyy-MM-dd})");
            }

            string region = Text(root, "region", "") ?? "";
            if (region.Length > 0 && !RegionPattern().IsMatch(region))
            {
                Error("region", $"'{region}' is not ES or an ISO 3166-2 code like ES-MD, ES-CT, ES-CN");
            }

            string zone = Text(root, "time_zone", "") ?? "";
            if (zone.Length > 0 && !ZonedTime.TryFind(zone, out _, out string zoneError))
            {
                Error("time_zone", zoneError);
            }

            CampaignProtocol? protocol = root.TryGetProperty("protocol", out JsonElement p) ? Protocol(p) : Missing<CampaignProtocol>("protocol");
            List<CampaignBrand> brands = root.TryGetProperty("brands", out JsonElement b) ? Brands(b) : Missing<List<CampaignBrand>>("brands") ?? [];
            return errors.Count == 0
                ? new Campaign(slug, name, illustrative, starts!.Value, ends!.Value, region, zone, protocol!, brands)
                : null;
        }

        private CampaignProtocol? Protocol(JsonElement p)
        {
            if (p.ValueKind != JsonValueKind.Object)
            {
                return Bad<CampaignProtocol>("protocol", "must be an object");
            }

            Unknown(p, "protocol.", s_protocolFields);
            int min = Whole(p, "protocol.", "min_wait_seconds", 0, 3 * 3600);
            int max = Whole(p, "protocol.", "max_wait_seconds", 1, 3 * 3600);
            if (min > 0 && max > 0 && max < min)
            {
                Error("protocol.max_wait_seconds", $"{max} is less than min_wait_seconds ({min})");
            }

            int attempts = Whole(p, "protocol.", "attempts_per_contact", 1, 1000);
            int days = Whole(p, "protocol.", "written_observation_days", 1, 366);
            var windows = new List<string>();
            if (!p.TryGetProperty("call_windows", out JsonElement w) || w.ValueKind != JsonValueKind.Array)
            {
                Error("protocol.call_windows", "missing: a list of local times like \"09:00-11:00\"");
            }
            else
            {
                int i = 0;
                foreach (JsonElement window in w.EnumerateArray())
                {
                    string text = window.ValueKind == JsonValueKind.String ? window.GetString()! : "";
                    if (!WindowPattern().IsMatch(text) || string.CompareOrdinal(text[..5], text[6..]) >= 0)
                    {
                        Error($"protocol.call_windows[{i}]", $"'{text}' is not a window like \"09:00-11:00\" (start before end, 24-hour clock)");
                    }

                    windows.Add(text);
                    i++;
                }
            }

            return new CampaignProtocol(min, max, attempts, windows, days);
        }

        private List<CampaignBrand> Brands(JsonElement b)
        {
            var brands = new List<CampaignBrand>();
            if (b.ValueKind != JsonValueKind.Array || b.GetArrayLength() == 0)
            {
                Error("brands", "must be a non-empty list of brands with their contact points");
                return brands;
            }

            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            int bi = 0;
            foreach (JsonElement brand in b.EnumerateArray())
            {
                string at = $"brands[{bi++}]";
                if (brand.ValueKind != JsonValueKind.Object)
                {
                    Error(at, "must be an object with brand and contacts");
                    continue;
                }

                Unknown(brand, at + ".", s_brandFields);
                string name = Text(brand, "brand", at + ".") ?? "";
                var contacts = new List<CampaignContact>();
                if (!brand.TryGetProperty("contacts", out JsonElement cs) || cs.ValueKind != JsonValueKind.Array || cs.GetArrayLength() == 0)
                {
                    Error(at + ".contacts", "must be a non-empty list of contact points");
                }
                else
                {
                    int ci = 0;
                    foreach (JsonElement c in cs.EnumerateArray())
                    {
                        string cat = $"{at}.contacts[{ci++}]";
                        if (c.ValueKind != JsonValueKind.Object)
                        {
                            Error(cat, "must be an object with id, channel, address");
                            continue;
                        }

                        Unknown(c, cat + ".", s_contactFields);
                        string id = Text(c, "id", cat + ".") ?? "";
                        string channel = Text(c, "channel", cat + ".") ?? "";
                        string address = Text(c, "address", cat + ".") ?? "";
                        string? label = c.TryGetProperty("label", out JsonElement l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
                        if (id.Length > 0 && !ids.TryAdd(id, cat))
                        {
                            Error(cat + ".id", $"'{id}' is also the id of {ids[id]}: contact ids must be unique in the campaign");
                        }

                        var contact = new CampaignContact(id, channel, address, label);
                        if (channel.Length > 0 && address.Length > 0 && CampaignChannels.StoredChannel(contact, out string why) is null)
                        {
                            Error(cat + (channel == CampaignChannels.Social ? ".address" : ".channel"), why);
                        }

                        contacts.Add(contact);
                    }
                }

                brands.Add(new CampaignBrand(name, contacts));
            }

            return brands;
        }

        private void Unknown(JsonElement obj, string prefix, string[] known)
        {
            foreach (JsonProperty property in obj.EnumerateObject())
            {
                if (!known.Contains(property.Name))
                {
                    Error(prefix + property.Name, $"unknown field: expected one of {string.Join(", ", known)}");
                }
            }
        }

        private string? Text(JsonElement obj, string name, string prefix)
        {
            if (!obj.TryGetProperty(name, out JsonElement v))
            {
                Error(prefix + name, "missing");
                return null;
            }

            string? text = v.ValueKind == JsonValueKind.String ? v.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                Error(prefix + name, "must be a non-empty string");
                return null;
            }

            return text;
        }

        private DateOnly? Date(JsonElement obj, string name)
        {
            string? text = Text(obj, name, "");
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }

            Error(name, $"'{text}' is not a date like 2026-12-01");
            return null;
        }

        private int Whole(JsonElement obj, string prefix, string name, int min, int max)
        {
            if (!obj.TryGetProperty(name, out JsonElement v))
            {
                Error(prefix + name, "missing");
                return 0;
            }

            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out int n) || n < min || n > max)
            {
                Error(prefix + name, $"must be a whole number from {min} to {max}");
                return 0;
            }

            return n;
        }

        private T? Missing<T>(string field)
        {
            Error(field, "missing");
            return default;
        }

        private T? Bad<T>(string field, string why)
        {
            Error(field, why);
            return default;
        }
    }
}
