using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Computation;

/// <summary>
/// The campaigns of a snapshot as their pages show them. A campaign names a brand by registry slug or display name
/// (as the field import resolves it); the brand's page is linked when the site has one.
/// </summary>
public static class CampaignViews
{
    public static IReadOnlyList<CampaignView> From(Snapshot snapshot, SiteModel model)
    {
        Dictionary<string, CampaignCounts> counts = snapshot.CampaignCounts.ToDictionary(c => c.Campaign, StringComparer.Ordinal);
        HashSet<string> pages = model.Brands.Select(b => b.Brand.Slug).ToHashSet(StringComparer.Ordinal);
        return [.. snapshot.Campaigns.OrderBy(c => c.Slug, StringComparer.Ordinal).Select(campaign =>
        {
            CampaignCounts count = counts.GetValueOrDefault(campaign.Slug) ?? new CampaignCounts(campaign.Slug, 0, 0, []);
            return new CampaignView(campaign, count, [.. campaign.Brands.Select(b =>
            {
                Brand? brand = Find(snapshot, b.Brand);
                return new CampaignBrandView(brand?.DisplayName ?? b.Brand, brand is not null && pages.Contains(brand.Slug) ? brand.Slug : null,
                    b.Contacts, brand is null ? [] : [.. count.PerBrand.Where(p => p.BrandId == brand.Id)]);
            })]);
        })];
    }

    /// <summary>The registered brand a campaign names: by slug, by a merged brand's old slug, or by display name.</summary>
    private static Brand? Find(Snapshot snapshot, string name)
    {
        string slug = snapshot.Aliases.FirstOrDefault(a => a.Alias == name).Slug ?? name;
        Brand? brand = snapshot.Brands.FirstOrDefault(b => b.Slug == slug)
            ?? snapshot.Brands.FirstOrDefault(b => string.Equals(b.DisplayName, name, StringComparison.OrdinalIgnoreCase));
        return brand?.MergedInto is long into ? snapshot.Brands.FirstOrDefault(b => b.Id == into) ?? brand : brand;
    }
}
