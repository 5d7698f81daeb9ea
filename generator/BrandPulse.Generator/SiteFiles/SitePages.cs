using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// Every canonical HTML page of a build, as the sitemap lists them: the rankings, the brands, the prose pages
/// (one per <c>content/*.md</c>), the editions, <see cref="SectionPages"/>'s pages, and the Spanish pages. Predicted from the model;
/// <see cref="FromPages"/> takes them from the rendered pages instead.
/// </summary>
public static class SitePages
{
    public static IReadOnlyList<string> Paths(SiteModel model, SiteContext context)
    {
        var paths = new List<string> { "index.html", "brands/index.html", "editions/index.html" };
        paths.AddRange(Enumerable.Range(2, ListPages.CountOf(model.Brands.Count, ListPages.BrandsIndexPerPage) - 1)
            .Select(page => $"brands/{ListPages.Folder(page)}index.html"));
        paths.AddRange(model.Brands.Select(b => $"brands/{b.Brand.Slug}/index.html"));
        string content = Path.Combine(context.SiteDir, "content");
        if (Directory.Exists(content))
        {
            paths.AddRange(Directory.EnumerateFiles(content, "*.md").Select(f => $"{Path.GetFileNameWithoutExtension(f)}/index.html"));
        }

        paths.AddRange(SectionPages.CanonicalPaths(model));
        paths.AddRange(context.TranslatedPaths.Select(p => SiteLanguages.In(p, SiteLanguage.Spanish)));
        return paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The rendered HTML pages, less the 404 pages and the other orderings of channel tables.</summary>
    public static IReadOnlyList<string> FromPages(IEnumerable<OutputFile> pages) => pages
        .Select(p => p.Path)
        .Where(p => p.EndsWith(".html", StringComparison.Ordinal) && SiteLanguages.Reference(p) != "404.html" && !SectionPages.IsVariant(p))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
