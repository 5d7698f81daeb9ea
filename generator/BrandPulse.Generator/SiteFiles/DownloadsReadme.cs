using System.Text;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// The README of the downloads, one per language (<c>data/readme.md</c>, <c>es/data/readme.md</c>): what each file
/// holds, that column names and values are the same in every language, where the columns are described, and the
/// sources with their licences. Its words come from the strings <c>readme.*</c> (and <c>dict.*</c>, shared with the
/// data dictionary); the file names from the downloads themselves.
/// </summary>
public static class DownloadsReadme
{
    /// <summary>Where the README of a language is written.</summary>
    public static string PathOf(SiteLanguage language) => SiteLanguages.Prefix(language) + "data/readme.md";

    /// <summary>The README in the language of <paramref name="text"/>, as UTF-8 Markdown.</summary>
    public static byte[] Markdown(Strings text, SiteLanguage language)
    {
        var sb = new StringBuilder();
        sb.Append($"# {text["readme.title"]}\n\n{text["readme.intro"]}\n\n## {text["readme.files_heading"]}\n\n");
        sb.Append($"- `data/rankings.csv`: {text["readme.rankings_csv"]}\n");
        sb.Append($"- `data/rankings.json`: {text["readme.rankings_json"]}\n");
        foreach (DownloadTables.Table table in DownloadTables.All)
        {
            sb.Append($"- `data/{table.Path}`: {text[table.TitleKey]}.\n");
        }

        sb.Append($"- `brands/SLUG/complaints.csv`, `brands/SLUG/figures.csv`: {text["readme.brand_files"]}\n");
        sb.Append($"- `{DataDictionary.PathOf(language)}`: {text["readme.dictionary"]}\n");
        sb.Append($"- `{DataPackage.PathOf(language)}`: {text["readme.datapackage"]}\n\n");
        sb.Append($"{text["readme.same_columns"]}\n\n## {text["dict.sources_heading"]}\n\n");
        foreach (DataSource s in DataSources.All)
        {
            sb.Append($"- {s.Title} ({s.Path}): {s.Licence}. {s.Attribution(text)}\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
