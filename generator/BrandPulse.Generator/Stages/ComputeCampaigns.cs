using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Pipeline;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The field campaigns as their pages and the brand pages show them (pure: the snapshot's campaigns and counts, and
/// which brands have a page).
/// </summary>
public static class ComputeCampaigns
{
    public static void Run(BuildState state) => state.Campaigns = CampaignViews.From(state.Snapshot, state.Model);
}
