using BrandPulse.Data.Model;
using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The compute stage (pure), in two steps: <see cref="BrandComputation"/> summarises each brand read with the published
/// estimators (the brands kept from the last build are not computed again); <see cref="SiteRanking"/> ranks every brand
/// per channel and assembles the site's figures.
/// </summary>
public static class ComputeFigures
{
    /// <summary>Computes the brands read and assembles the site's figures with those kept from the last build.</summary>
    public static void Run(BuildState state)
    {
        Dictionary<long, List<ComplaintRow>> rows = BrandComputation.RowsByBrand(state.Snapshot);
        state.Rows = rows;
        state.Computed = BrandComputation.Brands(state.Snapshot, rows);
        state.Model = SiteRanking.Assemble(state.Snapshot, [.. state.Plan.Reused.Values.Select(e => e.Computed), .. state.Computed], state.Options.Edition);
        if (state.ManyRows)
        {
            BuildState.ReleaseMemory();
        }
    }

    /// <summary>The site's figures from a snapshot, every brand computed.</summary>
    public static SiteModel From(Snapshot snapshot, string? edition = null) =>
        SiteRanking.Assemble(snapshot, BrandComputation.Brands(snapshot, BrandComputation.RowsByBrand(snapshot)), edition);
}
