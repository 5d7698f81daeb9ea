using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.Publishing;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The publish stage: carries the dated editions over and swaps the release in atomically. Nothing is published
/// until every stage before it has succeeded. Then it remembers which erasures the published editions now reflect.
/// </summary>
public static class PublishSite
{
    public static void Run(BuildState state)
    {
        state.Site.Publish([Editions.Folder]);
        foreach ((string edition, string digest) in state.ErasuresApplied)
        {
            EraseFromEditions.Remember(state.Options.OutputDir, edition, digest);
        }
    }
}
