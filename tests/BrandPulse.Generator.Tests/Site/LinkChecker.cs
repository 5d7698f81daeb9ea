using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>
/// Checks every internal link of a built site: each href/src of every HTML page that is not absolute (http:, mailto:, …)
/// must name a file of the site, and a #fragment on an HTML page must name an element id there. Root-absolute links
/// ("/assets/…", the 404 page's) resolve from the server root: the site's folder unless told otherwise.
/// </summary>
public static class LinkChecker
{
    private static readonly string[] s_attributes = ["href", "src"];

    public static IReadOnlyList<string> BrokenLinks(string siteDir, string? serverRoot = null)
    {
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (string page in HtmlPages(siteDir))
        {
            IDocument doc = parser.ParseDocument(File.ReadAllText(page));
            foreach (IElement e in doc.QuerySelectorAll("[href], [src]"))
            {
                foreach (string attribute in s_attributes)
                {
                    if (e.GetAttribute(attribute) is { } link && Check(serverRoot ?? siteDir, page, link, parser, ids) is { } problem)
                    {
                        broken.Add($"{Path.GetRelativePath(siteDir, page)}: {e.LocalName}[{attribute}=\"{link}\"] {problem}");
                    }
                }
            }
        }

        return broken;
    }

    public static IEnumerable<string> HtmlPages(string siteDir) =>
        Directory.EnumerateFiles(siteDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static string? Check(string serverRoot, string page, string link, HtmlParser parser, Dictionary<string, HashSet<string>> ids)
    {
        if (link.Length == 0 || link.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(link, UriKind.Absolute, out Uri? abs) && abs.Scheme != "file")
        {
            return null;
        }

        int cut = link.IndexOfAny(['?', '#']);
        string path = cut < 0 ? link : link[..cut];
        string? fragment = link.IndexOf('#') is int hash and >= 0 ? link[(hash + 1)..] : null;
        string target = path.Length == 0 ? page
            : path.StartsWith('/') ? Path.Combine(serverRoot, path.TrimStart('/'))
            : Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path));
        target = Path.GetFullPath(target.EndsWith('/') ? target + "index.html" : target);
        if (!target.StartsWith(Path.GetFullPath(serverRoot), StringComparison.Ordinal))
        {
            return "leaves the site";
        }

        if (Directory.Exists(target))
        {
            target = Path.Combine(target, "index.html");
        }

        if (!File.Exists(target))
        {
            return "names no file";
        }

        if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal))
        {
            if (!ids.TryGetValue(target, out HashSet<string>? known))
            {
                known = parser.ParseDocument(File.ReadAllText(target)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
                ids[target] = known;
            }

            return known.Contains(Uri.UnescapeDataString(fragment)) ? null : $"names no element #{fragment}";
        }

        return null;
    }
}
