using BrandPulse.Generator.Localization;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>The size of social card images (Open Graph, Twitter), and where the site-wide one is.</summary>
public static class PreviewSize
{
    public const int Width = 1200;
    public const int Height = 630;
    public const string SitePath = "preview.png";

    public static string BrandPath(string slug) => $"brands/{slug}/preview.png";

    /// <summary>The site's card in a language: <c>preview.png</c>, in Spanish <c>es/preview.png</c>.</summary>
    public static string SitePathIn(SiteLanguage language) => SiteLanguages.Prefix(language) + SitePath;

    /// <summary>A brand's card in a language: <c>brands/SLUG/preview.png</c>, in Spanish under <c>es/</c>.</summary>
    public static string BrandPath(string slug, SiteLanguage language) => SiteLanguages.Prefix(language) + BrandPath(slug);
}
