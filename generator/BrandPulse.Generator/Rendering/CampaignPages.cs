using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The field campaigns' pages: <c>campaigns/</c> (every campaign) and <c>campaigns/SLUG/</c> (its protocol, brands,
/// contact points and what its volunteers contributed), in every language (Spanish under <c>es/</c>).
/// </summary>
public static class CampaignPages
{
    /// <summary>The campaigns' pages in the language of <paramref name="context"/> (a <see cref="BilingualPages.PageSource"/>).</summary>
    public static IEnumerable<PageJob> Jobs(PageInputs inputs, SiteContext context)
    {
        yield return BilingualPages.Job<CampaignsIndexPage>(context, "campaigns/index.html", new() { [nameof(CampaignsIndexPage.Campaigns)] = inputs.Campaigns });
        foreach (CampaignView campaign in inputs.Campaigns)
        {
            yield return BilingualPages.Job<CampaignPage>(context, campaign.PagePath, new() { [nameof(CampaignPage.Campaign)] = campaign });
        }
    }

    /// <summary>The campaigns a brand's page names: those with attempts on its contact points.</summary>
    public static IReadOnlyList<(CampaignView Campaign, CampaignBrandView Brand)> Of(IReadOnlyList<CampaignView> campaigns, string slug) =>
        [.. campaigns.SelectMany(c => c.Brands.Where(b => b.PageSlug == slug && b.Attempts > 0).Select(b => (c, b)))];
}
