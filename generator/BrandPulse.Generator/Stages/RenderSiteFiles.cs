using System.Security.Cryptography;
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
/// the data package, the bootstrap medians. Pure: model in, files out (the corrections log is read from the site folder,
/// like the content). A preview image whose card did not change since the last build, or a brand's bootstrap medians
/// file whose medians did not, whose published file is intact, is linked from the published site rather than drawn or
/// written again (<see cref="KeptFiles"/>).
/// </summary>
public static class RenderSiteFiles
{
    /// <summary>The name of the list of preview images kept between builds (<see cref="KeptFiles"/>).</summary>
    public const string KeptName = "previews";

    /// <summary>The name of the list of bootstrap medians files kept between builds.</summary>
    public const string BootstrapKeptName = "bootstrap";

    public static void Run(BuildState state)
    {
        List<Card> cards = Cards(state.Model, state.Context);
        KeptFiles? kept = state.Options.Edition is null ? KeptFiles.Beside(state.Options.OutputDir, KeptName) : null;
        var reused = new List<(string Path, string Hash)>();
        List<Card> draw = kept?.ToRender(cards, c => c.Path, c => c.Key, state.Published, reused) ?? cards;
        OutputFile[] drawn = Draw(draw);
        List<BootstrapFile> bootstrap = BootstrapFiles.Planned(state.Model);
        KeptFiles? keptBootstrap = state.Options.Edition is null ? KeptFiles.Beside(state.Options.OutputDir, BootstrapKeptName) : null;
        List<BootstrapFile> write = keptBootstrap?.ToRender(bootstrap, f => f.Path, f => f.Key, state.Published, reused) ?? bootstrap;
        OutputFile[] written = [.. write.AsParallel().AsOrdered().Select(f => f.Render())];
        state.Write([.. Files(state.Model, state.Context, state.PagePaths), .. written, .. drawn]);
        state.Keep(reused);
        if (kept is not null && keptBootstrap is not null)
        {
            Parallel.For(0, draw.Count, i => kept.Rendered(draw[i].Path, draw[i].Key, drawn[i].Bytes));
            kept.Save();
            Parallel.For(0, write.Count, i => keptBootstrap.Rendered(write[i].Path, write[i].Key, written[i].Bytes));
            keptBootstrap.Save();
            KeptFiles.DropOldCopies(state.Options.OutputDir, "previews");
        }
    }

    /// <summary>Every non-page file, the preview images drawn.</summary>
    /// <param name="pages">The rendered pages, for the sitemap; without them it lists the pages the model predicts.</param>
    public static IReadOnlyList<OutputFile> For(SiteModel model, SiteContext context, IReadOnlyList<OutputFile>? pages = null) =>
        [.. Files(model, context, pages), .. BootstrapFiles.For(model), .. Draw(Cards(model, context))];

    /// <summary>The files but the bootstrap medians and the preview images.</summary>
    private static List<OutputFile> Files(SiteModel model, SiteContext context, IReadOnlyList<OutputFile>? pages)
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

        SiteLanguage[] languages = [SiteLanguage.English, SiteLanguage.Spanish];
        foreach (SiteLanguage language in languages)
        {
            SiteContext inLanguage = context.In(language);
            files.AddRange(model.Brands.AsParallel().AsOrdered().Select(b =>
                new OutputFile(Badge.PathOf(b.Brand.Slug, language), Encoding.UTF8.GetBytes(Badge.Svg(Badge.For(b, inLanguage))))));
        }

        return files;
    }

    /// <summary>The preview images' cards, in both languages, each with the hash of its content (what it is drawn from).</summary>
    private static List<Card> Cards(SiteModel model, SiteContext context)
    {
        var cards = new List<(string Path, PreviewCard Card)>();
        foreach (SiteLanguage language in new[] { SiteLanguage.English, SiteLanguage.Spanish })
        {
            SiteContext inLanguage = context.In(language);
            cards.Add((PreviewSize.SitePathIn(language), PreviewImage.ForSite(model, inLanguage)));
            cards.AddRange(model.Brands.Select(b => (PreviewSize.BrandPath(b.Brand.Slug, language), PreviewImage.ForBrand(b, model, inLanguage))));
        }

        return [.. cards.AsParallel().AsOrdered().Select(c =>
            new Card(c.Path, c.Card, Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(c.Card)))))];
    }

    // PNG encoding is most of the cost: in parallel, in a stable order.
    private static OutputFile[] Draw(List<Card> cards) =>
        [.. cards.AsParallel().AsOrdered().Select(c => new OutputFile(c.Path, PreviewImage.Png(c.Content)))];

    /// <summary>A preview image to draw: its site path, its card, and the key it is kept under.</summary>
    private sealed record Card(string Path, PreviewCard Content, string Key);
}
