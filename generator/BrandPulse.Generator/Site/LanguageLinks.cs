using System.Text.RegularExpressions;
using BrandPulse.Generator.Localization;

namespace BrandPulse.Generator.Site;

/// <summary>
/// Relative links in a translated prose page: a link to a page or file that exists in the page's language stays as
/// written; any other goes to the English one (the downloads, the pages not yet translated). Absolute links, mail
/// links and anchors within the page are left alone.
/// </summary>
public static partial class LanguageLinks
{
    /// <summary>
    /// Rewrites the <c>href</c>s of <paramref name="html"/>, written for the page at <paramref name="pagePath"/> (a site path
    /// such as "es/data/index.html"); <paramref name="exists"/> says whether a site path is built.
    /// </summary>
    public static string Rewrite(string html, string pagePath, Func<string, bool> exists)
    {
        string folder = pagePath.Contains('/', StringComparison.Ordinal) ? pagePath[..(pagePath.LastIndexOf('/') + 1)] : "";
        int depth = folder.Count(c => c == '/');
        return Href().Replace(html, m =>
        {
            string href = m.Groups[1].Value;
            if (href.Length == 0 || href.StartsWith('#') || href.StartsWith('/') || href.Contains(':', StringComparison.Ordinal))
            {
                return m.Value;
            }

            int cut = href.IndexOfAny(['#', '?']);
            (string target, string rest) = cut < 0 ? (href, "") : (href[..cut], href[cut..]);
            string? sitePath = Resolve(folder, target);
            if (sitePath is null || exists(sitePath))
            {
                return m.Value;
            }

            string english = SiteLanguages.Reference(sitePath);
            return $"href=\"{string.Concat(Enumerable.Repeat("../", depth))}{english}{rest}\"";
        });
    }

    /// <summary>A relative link from a folder as a site path; null when it leaves the site.</summary>
    private static string? Resolve(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (string part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not "." and not "")
            {
                parts.Add(part);
            }
        }

        string path = string.Join('/', parts);
        return relative.EndsWith('/') ? path + "/index.html" : path;
    }

    [GeneratedRegex("href=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Href();
}
