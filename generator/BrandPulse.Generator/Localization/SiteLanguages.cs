using BrandPulse.Statistics;

namespace BrandPulse.Generator.Localization;

/// <summary>
/// Where each language lives: English at the site's original addresses, Spanish under <c>es/</c> with the same
/// paths below it (a slug is an identifier, never translated). A page's "reference path" is its English path.
/// </summary>
public static class SiteLanguages
{
    /// <summary>The folder of a language from the site root: "" for English, "es/" for Spanish.</summary>
    public static string Prefix(SiteLanguage language) =>
        language == Strings.Reference ? "" : Strings.Code(language) + "/";

    /// <summary>The other language of the two the site is published in.</summary>
    public static SiteLanguage Other(SiteLanguage language) =>
        language == SiteLanguage.English ? SiteLanguage.Spanish : SiteLanguage.English;

    /// <summary>The language of a site path: Spanish under "es/", English elsewhere.</summary>
    public static SiteLanguage Of(string sitePath) =>
        sitePath.StartsWith(Prefix(SiteLanguage.Spanish), StringComparison.Ordinal) ? SiteLanguage.Spanish : SiteLanguage.English;

    /// <summary>The English path of a site path: "es/methodology/index.html" is "methodology/index.html".</summary>
    public static string Reference(string sitePath) => sitePath[Prefix(Of(sitePath)).Length..];

    /// <summary>The path of a page in a language, from its English path.</summary>
    public static string In(string referencePath, SiteLanguage language) => Prefix(language) + referencePath;
}
