using System.Security.Cryptography;
using System.Text;
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
/// like the content). A preview image whose card did not change since the last build, a brand's bootstrap medians file
/// whose medians did not, or a badge whose brand's figures and words did not (<see cref="BadgeKeys"/>), whose published
/// file is intact, is linked from the published site rather than drawn or written again (<see cref="KeptFiles"/>).
/// </summary>
public static class RenderSiteFiles
{
    /// <summary>The name of the list of preview images kept between builds (<see cref="KeptFiles"/>).</summary>
    public const string KeptName = "previews";

    /// <summary>The name of the list of bootstrap medians files kept between builds.</summary>
    public const string BootstrapKeptName = "bootstrap";

    /// <summary>The name of the list of badges kept between builds.</summary>
    public const string BadgesKeptName = "badges";

    public static void Run(BuildState state)
    {
        var reused = new List<(string Path, string Hash)>();
        OutputFile[] drawn = Kept(state, KeptName, [.. Cards(state.Model, state.Context)
            .Select(c => new KeyedFile(c.Path, c.Key, () => new OutputFile(c.Path, PreviewImage.Png(c.Content))))], reused);
        OutputFile[] bootstrap = Kept(state, BootstrapKeptName, [.. BootstrapFiles.Planned(state.Model)
            .Select(f => new KeyedFile(f.Path, f.Key, f.Render))], reused);
        OutputFile[] badges = Kept(state, BadgesKeptName, Badges(state.Model, state.Context, state.ChannelDigests), reused);
        state.Write([.. Files(state.Model, state.Context, state.PagePaths), .. bootstrap, .. badges, .. drawn]);
        state.Keep(reused);
        if (state.Options.Edition is null)
        {
            KeptFiles.DropOldCopies(state.Options.OutputDir, "previews");
        }
    }

    /// <summary>Every non-page file, the preview images drawn.</summary>
    /// <param name="pages">The rendered pages, for the sitemap; without them it lists the pages the model predicts.</param>
    public static IReadOnlyList<OutputFile> For(SiteModel model, SiteContext context, IReadOnlyList<OutputFile>? pages = null) =>
        [.. Files(model, context, pages), .. BootstrapFiles.For(model), .. Badges(model, context, null).Select(b => b.Render()),
            .. OnAllCores.Select(Cards(model, context), c => new OutputFile(c.Path, PreviewImage.Png(c.Content)))];

    /// <summary>
    /// The files of <paramref name="files"/> rendered, but those whose key is the one their published file was rendered
    /// from (kept as <paramref name="name"/>, <see cref="KeptFiles"/>), which are added to <paramref name="reused"/>
    /// to be linked; an edition's build renders them all.
    /// </summary>
    private static OutputFile[] Kept(BuildState state, string name, List<KeyedFile> files, List<(string Path, string Hash)> reused)
    {
        KeptFiles? kept = state.Options.Edition is null ? KeptFiles.Beside(state.Options.OutputDir, name) : null;
        List<KeyedFile> render = kept?.ToRender(files, f => f.Path, f => f.Key, state.Published, reused) ?? files;
        OutputFile[] rendered = OnAllCores.Select(render, f => f.Render());
        if (kept is not null)
        {
            Parallel.For(0, render.Count, i =>
            {
                if (render[i].Key is { } key)
                {
                    kept.Rendered(render[i].Path, key, rendered[i].Bytes);
                }
            });
            kept.Save();
        }

        return rendered;
    }

    /// <summary>Every brand's badge in both languages, each with its key when <paramref name="digests"/> are given (<see cref="BadgeKeys"/>).</summary>
    private static List<KeyedFile> Badges(SiteModel model, SiteContext context,
        IReadOnlyDictionary<(long BrandId, string Channel), string>? digests)
    {
        var badges = new List<KeyedFile>();
        foreach (SiteLanguage language in new[] { SiteLanguage.English, SiteLanguage.Spanish })
        {
            SiteContext inLanguage = context.In(language);
            string? siteKey = digests is null ? null : BrandPageKeys.SiteKey(inLanguage);
            badges.AddRange(model.Brands.Select(b => new KeyedFile(Badge.PathOf(b.Brand.Slug, language),
                siteKey is null ? null : BadgeKeys.Of(siteKey, b, digests!),
                () => new OutputFile(Badge.PathOf(b.Brand.Slug, language), Encoding.UTF8.GetBytes(Badge.Svg(Badge.For(b, inLanguage)))))));
        }

        return badges;
    }

    /// <summary>The files but the bootstrap medians, the badges and the preview images.</summary>
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

        return [.. OnAllCores.Select(cards, c =>
            new Card(c.Path, c.Card, Convert.ToHexStringLower(SHA256.HashData(c.Card.Bytes()))))];
    }


    /// <summary>A preview image to draw: its site path, its card, and the key it is kept under.</summary>
    private sealed record Card(string Path, PreviewCard Content, string Key);

    /// <summary>A file to render (on all cores, PNG encoding being most of the cost), and the key it is kept under (none: always rendered).</summary>
    private sealed record KeyedFile(string Path, string? Key, Func<OutputFile> Render);
}
