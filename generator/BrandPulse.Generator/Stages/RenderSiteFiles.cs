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
            SearchIndex.For(model),
        };
        foreach (SiteLanguage language in new[] { SiteLanguage.English, SiteLanguage.Spanish })
        {
            files.Add(new(DataPackage.PathOf(language), DataPackage.For(model, context.In(language))));
            files.Add(new(DataDictionary.PathOf(language), DataDictionary.Markdown(model, context.In(language).Text)));
            files.Add(new(DownloadsReadme.PathOf(language), DownloadsReadme.Markdown(context.In(language).Text, language)));
        }

        files.AddRange(BootstrapFiles.For(model));
        SiteLanguage[] languages = [SiteLanguage.English, SiteLanguage.Spanish];
        foreach (SiteLanguage language in languages)
        {
            SiteContext inLanguage = context.In(language);
            files.AddRange(model.Brands.AsParallel().AsOrdered().Select(b =>
                new OutputFile(Badge.PathOf(b.Brand.Slug, language), Encoding.UTF8.GetBytes(Badge.Svg(Badge.For(b, inLanguage))))));
        }

        // PNG encoding is most of the cost: in parallel, in a stable order.
        var cards = new List<(string Path, PreviewCard Card)>();
        foreach (SiteLanguage language in languages)
        {
            SiteContext inLanguage = context.In(language);
            cards.Add((PreviewSize.SitePathIn(language), PreviewImage.ForSite(model, inLanguage)));
            cards.AddRange(model.Brands.Select(b => (PreviewSize.BrandPath(b.Brand.Slug, language), PreviewImage.ForBrand(b, model, inLanguage))));
        }

        files.AddRange(cards.AsParallel().AsOrdered().Select(c => new OutputFile(c.Path, cache is null
            ? PreviewImage.Png(c.Card)
            : cache.GetOrRender(PreviewCacheKind, JsonSerializer.SerializeToUtf8Bytes(c.Card), () => PreviewImage.Png(c.Card)))));
        cache?.Prune(PreviewCacheKind);
        return files;
    }
}
