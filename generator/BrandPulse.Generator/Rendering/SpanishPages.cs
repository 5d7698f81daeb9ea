using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.SiteFiles;
using BrandPulse.Generator.Stages;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The pages published in a second language under its folder (<c>es/</c>): the prose pages of <c>site/content/es/</c>,
/// the corrections, the editions and the 404 page, each in the language of the context given. Links from them
/// go to the page in that language where it exists, else to the English page.
/// </summary>
public static class SpanishPages
{
    /// <summary>
    /// The site files a translated page may link to besides the translated pages: the language's feed, data package and
    /// data dictionary.
    /// </summary>
    public static IReadOnlyList<string> Files(SiteLanguage language) =>
        [LayoutMarkup.FeedPath(language), DataPackage.PathOf(language), DataDictionary.PathOf(language)];

    /// <summary>These pages, in the order the files are listed.</summary>
    public static IEnumerable<PageJob> Jobs(SiteModel model, IReadOnlyList<ContentPage> content, SiteContext context)
    {
        SiteLanguage language = context.Language;
        string prefix = SiteLanguages.Prefix(language), root = "../../";
        bool Exists(string sitePath) => !sitePath.StartsWith(prefix, StringComparison.Ordinal)
            || context.TranslatedPaths.Contains(SiteLanguages.Reference(sitePath)) || Files(language).Contains(sitePath);

        foreach (ContentPage page in content.Where(p => p.Language == language))
        {
            string path = $"{prefix}{page.Slug}/index.html";
            yield return PageJob.Of<ProsePage>(path, new Dictionary<string, object?>
            {
                [nameof(ProsePage.Title)] = page.Title,
                [nameof(ProsePage.Html)] = LanguageLinks.Rewrite(page.Html, path, Exists),
                [nameof(ProsePage.Root)] = root,
                [nameof(ProsePage.Context)] = context,
                [nameof(ProsePage.Path)] = path,
                [nameof(ProsePage.Head)] = page.Slug == "data" ? RenderPages.DatasetHead(model, context) : null,
            });
        }

        yield return PageJob.Of<CorrectionsPage>($"{prefix}corrections/index.html", new Dictionary<string, object?>
        {
            [nameof(CorrectionsPage.Model)] = model,
            [nameof(CorrectionsPage.Context)] = context,
            [nameof(CorrectionsPage.Corrections)] = CorrectionsLog.Read(context.SiteDir, language),
            [nameof(CorrectionsPage.Root)] = root,
        });
        yield return PageJob.Of<EditionsPage>($"{prefix}editions/index.html", new Dictionary<string, object?>
        {
            [nameof(EditionsPage.Context)] = context,
            [nameof(EditionsPage.Root)] = root,
        });
        yield return PageJob.Of<NotFoundPage>($"{prefix}404.html", new Dictionary<string, object?>
        {
            [nameof(NotFoundPage.Root)] = SiteUrls.RootPath(context),
            [nameof(NotFoundPage.Context)] = context,
        });
    }
}
