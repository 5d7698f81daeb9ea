using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The field campaigns' pages: <c>campaigns/</c> (every campaign) and <c>campaigns/SLUG/</c> (its protocol, brands,
/// contact points and what its volunteers contributed).
/// </summary>
public static class CampaignPages
{
    public static IEnumerable<PageJob> Jobs(IReadOnlyList<CampaignView> campaigns, SiteContext context)
    {
        yield return PageJob.Of<CampaignsIndexPage>("campaigns/index.html", new Dictionary<string, object?>
        {
            [nameof(CampaignsIndexPage.Campaigns)] = campaigns,
            [nameof(CampaignsIndexPage.Context)] = context,
        });
        foreach (CampaignView campaign in campaigns)
        {
            yield return PageJob.Of<CampaignPage>(campaign.PagePath, new Dictionary<string, object?>
            {
                [nameof(CampaignPage.Campaign)] = campaign,
                [nameof(CampaignPage.Context)] = context,
            });
        }
    }

    /// <summary>The campaigns a brand's page names: those with attempts on its contact points.</summary>
    public static IReadOnlyList<(CampaignView Campaign, CampaignBrandView Brand)> Of(IReadOnlyList<CampaignView> campaigns, string slug) =>
        [.. campaigns.SelectMany(c => c.Brands.Where(b => b.PageSlug == slug && b.Attempts > 0).Select(b => (c, b)))];
}
