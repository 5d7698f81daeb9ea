using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;

namespace BrandPulse.Generator.Stages;

/// <summary>Pages beyond the rankings and brand pages: per channel, per industry, comparison, privacy, corrections, 404.</summary>
public static class RenderMorePages
{
    public static Task<IReadOnlyList<OutputFile>> AllAsync(PageRenderer renderer, SiteModel model, SiteContext context) =>
        Task.FromResult<IReadOnlyList<OutputFile>>([]);
}
