using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The render stage for the site's non-page files: sitemap, robots.txt, feeds, badges, preview images,
/// the data package. Pure: model in, files out.
/// </summary>
public static class RenderSiteFiles
{
    public static IReadOnlyList<OutputFile> For(SiteModel model, SiteContext context) => [];
}
