using System.Text.Json.Serialization;

namespace BrandPulse.Data.Model;

/// <summary>
/// A field campaign, as declared in its committed file (e.g. <c>data/campaigns/demo-2026-12.json</c>): volunteers call
/// and write to the brands' contact points under a protocol, between <see cref="Starts"/> and <see cref="Ends"/>
/// (dates in <see cref="TimeZone"/>, inclusive). <see cref="Region"/> is ISO 3166-2 (ES-MD, ES-CT, ...) or "ES": whose
/// holiday calendar counts working days. Read with <c>Campaigns.CampaignFile</c>.
/// </summary>
public sealed record Campaign(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("illustrative")] bool Illustrative,
    [property: JsonPropertyName("starts")] DateOnly Starts,
    [property: JsonPropertyName("ends")] DateOnly Ends,
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("time_zone")] string TimeZone,
    [property: JsonPropertyName("protocol")] CampaignProtocol Protocol,
    [property: JsonPropertyName("brands")] IReadOnlyList<CampaignBrand> Brands)
{
    /// <summary>The contact point with this id, with the brand it belongs to, or null.</summary>
    public (CampaignBrand Brand, CampaignContact Contact)? FindContact(string id)
    {
        foreach (CampaignBrand brand in Brands)
        {
            foreach (CampaignContact contact in brand.Contacts)
            {
                if (string.Equals(contact.Id, id, StringComparison.Ordinal))
                {
                    return (brand, contact);
                }
            }
        }

        return null;
    }
}
