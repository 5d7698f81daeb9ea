namespace BrandPulse.Data.Model;

/// <summary>
/// What a field campaign's volunteers have contributed so far: attempts stored (rejected rows, protocol breaches among
/// them, are never stored) and distinct volunteer pseudonyms, in all and per brand and stored channel.
/// </summary>
public sealed record CampaignCounts(string Campaign, long Attempts, long Volunteers, IReadOnlyList<CampaignBrandCount> PerBrand);

/// <summary>One brand's attempts on one stored channel in a campaign, and how many volunteers made them.</summary>
public sealed record CampaignBrandCount(long BrandId, string Channel, long Attempts, long Volunteers);
