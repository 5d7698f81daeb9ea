using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.Rendering;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The render stage for field campaigns: <c>campaigns/</c> (every campaign) and <c>campaigns/SLUG/</c> (its protocol,
/// brands, contact points and what its volunteers contributed). Their paths join the sitemap's pages.
/// </summary>
public static class RenderCampaigns
{
    public static async Task RunAsync(BuildState state)
    {
        IReadOnlyList<OutputFile> pages = await PageJobs.RenderAsync(Jobs(CampaignViews.From(state.Snapshot, state.Model), state.Context));
        state.Write(pages);
        state.PageCount += pages.Count;
        state.PagePaths = [.. state.PagePaths, .. pages.Select(p => p with { Bytes = [] })];
    }

    public static IReadOnlyList<PageJob> Jobs(IReadOnlyList<CampaignView> campaigns, SiteContext context)
    {
        var jobs = new List<PageJob>
        {
            PageJob.Of<CampaignsIndexPage>("campaigns/index.html", new Dictionary<string, object?>
            {
                [nameof(CampaignsIndexPage.Campaigns)] = campaigns,
                [nameof(CampaignsIndexPage.Context)] = context,
            }),
        };
        jobs.AddRange(campaigns.Select(c => PageJob.Of<CampaignPage>(c.PagePath, new Dictionary<string, object?>
        {
            [nameof(CampaignPage.Campaign)] = c,
            [nameof(CampaignPage.Context)] = context,
        })));
        return jobs;
    }
}
