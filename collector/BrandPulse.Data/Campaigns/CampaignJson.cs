using System.Text.Encodings.Web;
using System.Text.Json;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Campaigns;

/// <summary>
/// How a <see cref="Campaign"/> is read from and written to JSON: the campaign file's snake_case names, dates as
/// yyyy-MM-dd. <see cref="Canonical"/> is the form stored in <c>campaign.definition</c> (and published for the
/// capture page): the same fields in the same order, however the file was laid out.
/// </summary>
public static class CampaignJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>The stored form of a validated campaign.</summary>
    public static string Canonical(Campaign campaign) => JsonSerializer.Serialize(campaign, Options);

    /// <summary>Reads a stored definition (already validated when it was loaded).</summary>
    public static Campaign Parse(string json) =>
        JsonSerializer.Deserialize<Campaign>(json, Options) ?? throw new JsonException("the campaign definition is null");
}
