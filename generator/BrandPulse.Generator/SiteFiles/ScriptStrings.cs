using System.Text;
using System.Text.Json;
using BrandPulse.Generator.Localization;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// The words of the site's script in each language: <c>assets/strings.LANG.js</c>, made from
/// <c>site/i18n/js.LANG.json</c> (checked against English: a missing or extra key fails the build, naming it). Each
/// page loads its language's file before <c>site.js</c>, which reads the strings from <c>window.BrandPulseText</c>.
/// </summary>
public static class ScriptStrings
{
    /// <summary>The file of a language's script strings, from the site root: "assets/strings.es.js".</summary>
    public static string PathOf(SiteLanguage language) => $"assets/strings.{Strings.Code(language)}.js";

    /// <summary>One script file per language, from the site folder's <c>i18n/js.LANG.json</c>.</summary>
    public static IReadOnlyList<OutputFile> Files(string siteDir) => [.. Strings.LoadAll(Path.Combine(siteDir, "i18n"), script: true)
        .OrderBy(s => s.Key)
        .Select(s => new OutputFile(PathOf(s.Key), Script(s.Value)))];

    /// <summary>The script setting <c>window.BrandPulseText</c> to the strings, in the order of their file.</summary>
    public static byte[] Script(Strings strings) => Encoding.UTF8.GetBytes(
        "/* Generated from " + Path.GetFileName(strings.Source) + ": edit that file, not this one. */\nwindow.BrandPulseText = "
        + JsonSerializer.Serialize(strings.Values, IndentedJson.Default.IReadOnlyDictionaryStringString) + ";\n");
}
