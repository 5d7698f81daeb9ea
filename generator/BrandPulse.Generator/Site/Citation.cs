using System.Text;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Site;

/// <summary>Citations of a page: a BibTeX entry with a key made from the page's path and the edition.</summary>
public static class Citation
{
    public static string Bibtex(string title, string path, SiteContext site, string period)
    {
        string url = SiteUrls.Absolute(site, path);
        string key = "brandpulse-" + Key(SiteUrls.Pretty(path)) + (site.Edition is null ? "" : "-" + Key(site.Edition));
        var note = new StringBuilder($"Methodology version {site.MethodologyVersion}");
        note.Append(site.Edition is null ? "; live edition" : $"; edition of {site.Edition}");
        if (period.Length > 0)
        {
            note.Append("; ").Append(period);
        }

        string year = site.Edition is { Length: >= 4 } e && e[..4].All(char.IsAsciiDigit) ? $"  year = {{{e[..4]}}},\n" : "";
        return $"@misc{{{key},\n  author = {{{{BrandPulse}}}},\n  title = {{{Braces(title)}}},\n{year}"
            + $"  howpublished = {{\\url{{{url}}}}},\n  note = {{{Braces(note.ToString())}}}\n}}";
    }

    private static string Key(string text)
    {
        string key = new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        return key.Trim('-') is { Length: > 0 } k ? k : "home";
    }

    /// <summary>Removes what would break out of a BibTeX field: braces, backslashes, bidi controls.</summary>
    private static string Braces(string text) => SafeText.Clean(text).Replace("{", "(").Replace("}", ")").Replace("\\", "/");
}
