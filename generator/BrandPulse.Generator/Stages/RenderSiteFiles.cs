using System.Text;
using System.Text.Json;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.SiteFiles;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The render stage for the site's non-page files: sitemap, robots.txt, feeds, badges, preview images,
/// the data package. Pure: model in, files out (the corrections log is read from the site folder, like the content).
/// </summary>
public static class RenderSiteFiles
{
    /// <summary>Where the render cache keeps preview images (see <see cref="RenderCache"/>).</summary>
    public const string PreviewCacheKind = "previews";

    public static void Run(BuildState state) =>
        state.Write(For(state.Model, state.Context, state.PagePaths, state.RenderCache));

    /// <param name="pages">The rendered pages, for the sitemap; without them it lists the pages the model predicts.</param>
    /// <param name="cache">When given, a preview whose content did not change since the last build is not drawn again.</param>
    public static IReadOnlyList<OutputFile> For(SiteModel model, SiteContext context, IReadOnlyList<OutputFile>? pages = null,
        RenderCache? cache = null)
    {
        var files = new List<OutputFile>
        {
            new("sitemap.xml", Sitemap.Xml(context, pages is null ? SitePages.Paths(model, context) : SitePages.FromPages(pages))),
            new("robots.txt", Sitemap.Robots(context)),
            new("feed.xml", AtomFeed.Xml(model, context, CorrectionsLog.Read(context.SiteDir))),
            new(LayoutMarkup.FeedPath(SiteLanguage.Spanish), AtomFeed.Xml(model, context.In(SiteLanguage.Spanish),
                CorrectionsLog.Read(context.SiteDir, SiteLanguage.Spanish))),
            new("data/datapackage.json", DataPackage.For(model, context)),
            new("data/data-dictionary.md", DataDictionary.Markdown(model)),
            SearchIndex.For(model),
        };
        files.AddRange(BootstrapFiles.For(model));
        files.AddRange(model.Brands.Select(b =>
            new OutputFile(Badge.PathOf(b.Brand.Slug), Encoding.UTF8.GetBytes(Badge.Svg(Badge.For(b, context))))));

        // PNG encoding is most of the cost: in parallel, in a stable order.
        var cards = new List<(string Path, PreviewCard Card)> { (PreviewSize.SitePath, PreviewImage.ForSite(model, context)) };
        cards.AddRange(model.Brands.Select(b => (PreviewSize.BrandPath(b.Brand.Slug), PreviewImage.ForBrand(b, model, context))));
        files.AddRange(cards.AsParallel().AsOrdered().Select(c => new OutputFile(c.Path, cache is null
            ? PreviewImage.Png(c.Card)
            : cache.GetOrRender(PreviewCacheKind, JsonSerializer.SerializeToUtf8Bytes(c.Card), () => PreviewImage.Png(c.Card)))));
        cache?.Prune(PreviewCacheKind);
        return files;
    }
}
