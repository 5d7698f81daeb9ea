using BrandPulse.Data.Model;

namespace BrandPulse.Generator.Model;

/// <summary>
/// A field campaign as its page shows it: the declared campaign (protocol, brands, contact points) and what its
/// volunteers contributed so far.
/// </summary>
public sealed record CampaignView(Campaign Campaign, CampaignCounts Counts, IReadOnlyList<CampaignBrandView> Brands)
{
    /// <summary>The campaign's page, from the site root.</summary>
    public string PagePath => $"campaigns/{Campaign.Slug}/index.html";
}

/// <summary>
/// One brand of a campaign: its name as the site shows it, the slug of its brand page (null when the site has no page
/// for it yet), its contact points and the attempts per stored channel.
/// </summary>
public sealed record CampaignBrandView(string Name, string? PageSlug, IReadOnlyList<CampaignContact> Contacts, IReadOnlyList<CampaignBrandCount> Counts)
{
    public long Attempts => Counts.Sum(c => c.Attempts);
}
