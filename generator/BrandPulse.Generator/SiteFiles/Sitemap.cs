using System.Text;
using System.Xml;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9): every canonical page of both languages, absolute from the base URL; a page that
/// exists in both names both with <c>xhtml:link</c> hreflang alternates (as search engines read them). And
/// <c>robots.txt</c> pointing to it.
/// </summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static byte[] Xml(SiteContext context, IEnumerable<string> pagePaths)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", Namespace);
            w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            IReadOnlySet<string> translated = context.TranslatedPaths;
            foreach (string path in pagePaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                w.WriteStartElement("url", Namespace);
                w.WriteElementString("loc", Namespace, SiteUrls.Absolute(context, path));
                string english = SiteLanguages.Reference(path);
                if (translated.Contains(english))
                {
                    Alternate(w, "en", SiteUrls.Absolute(context, english));
                    Alternate(w, "es", SiteUrls.Absolute(context, SiteLanguages.In(english, SiteLanguage.Spanish)));
                    Alternate(w, "x-default", SiteUrls.Absolute(context, english));
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return [.. stream.ToArray(), (byte)'\n'];
    }

    private static void Alternate(XmlWriter w, string language, string href)
    {
        w.WriteStartElement("xhtml", "link", XhtmlNamespace);
        w.WriteAttributeString("rel", "alternate");
        w.WriteAttributeString("hreflang", language);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    /// <summary>robots.txt only counts at the server root: it names the live site's sitemap, even in an edition's copy.</summary>
    public static byte[] Robots(SiteContext context) => Encoding.UTF8.GetBytes(
        $"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.Absolute(context with { Edition = null }, "sitemap.xml")}\n");
}
