using System.Text.Json.Serialization;

namespace BrandPulse.Data.Model;

/// <summary>One brand of a campaign (<see cref="Brand"/>: a registry slug or a display name) and its contact points.</summary>
public sealed record CampaignBrand(
    [property: JsonPropertyName("brand")] string Brand,
    [property: JsonPropertyName("contacts")] IReadOnlyList<CampaignContact> Contacts);

/// <summary>
/// One contact point: <see cref="Id"/> is what the field export names it by; <see cref="Channel"/> is one of phone,
/// email, webform, letter, social (see <see cref="CampaignChannels"/>); <see cref="Address"/> the number, address or URL.
/// </summary>
public sealed record CampaignContact(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("label")] string? Label = null);
