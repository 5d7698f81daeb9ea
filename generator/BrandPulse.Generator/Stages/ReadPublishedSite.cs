using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.Publishing;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The first read stage: what is already published in the output folder. Its dated editions (an edition is never built
/// twice, and every page links to them) and its manifest (which files a release can link rather than write). Also the
/// interface strings of each language (a missing or extra key fails the build here, naming it) and which pages exist in
/// Spanish.
/// </summary>
public static class ReadPublishedSite
{
    public static void Run(BuildState state)
    {
        BuildOptions options = state.Options;
        IReadOnlyList<string> published = Editions.Published(options.OutputDir);
        if (options.Edition is { } edition && published.Contains(edition))
        {
            throw new EditionExistsException($"edition {edition} is already published in {options.OutputDir}/{Editions.Folder}/{edition} and never changes");
        }

        state.Context = new SiteContext(options.BaseUrl, SiteContext.CurrentMethodologyVersion, options.Edition, options.SiteDir,
            [.. published.Concat(options.Edition is null ? [] : [options.Edition]).Order(StringComparer.Ordinal)])
        {
            Texts = SiteText.Load(options.SiteDir),
            Translated = SiteText.TranslatedPaths(options.SiteDir),
            SettingsRead = SiteSettings.Read(options.SiteDir),
        };
        state.Published = PublishedManifest.Of(options.OutputDir);
    }
}
