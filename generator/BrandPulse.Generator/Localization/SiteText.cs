using BrandPulse.Statistics;

namespace BrandPulse.Generator.Localization;

/// <summary>
/// What a site folder says in each language: its interface strings (<c>SITE/i18n/</c>, checked against English by
/// <see cref="Strings.LoadAll"/>) and which pages exist in Spanish (the prose pages of <c>SITE/content/es/</c> and the
/// pages built from strings only).
/// </summary>
public static class SiteText
{
    /// <summary>The English paths of the pages built in Spanish from strings alone, besides the prose pages.</summary>
    public static readonly IReadOnlyList<string> StringPages = ["corrections/index.html", "editions/index.html"];

    /// <summary>Every language's page strings of a site folder, read now; a missing or extra key is an error naming it.</summary>
    public static IReadOnlyDictionary<SiteLanguage, Strings> Load(string siteDir) => Strings.LoadAll(Path.Combine(siteDir, "i18n"));

    /// <summary>The English paths of the pages that also exist in Spanish.</summary>
    public static IReadOnlySet<string> TranslatedPaths(string siteDir)
    {
        string spanish = Path.Combine(siteDir, "content", Strings.Code(SiteLanguage.Spanish));
        var paths = new HashSet<string>(StringPages, StringComparer.Ordinal);
        if (Directory.Exists(spanish))
        {
            paths.UnionWith(Directory.EnumerateFiles(spanish, "*.md").Select(f => $"{Path.GetFileNameWithoutExtension(f)}/index.html"));
        }

        return paths;
    }
}
