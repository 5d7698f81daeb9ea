using System.Text;
using System.Xml;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.SiteFiles;

/// <summary><c>sitemap.xml</c> (sitemaps.org 0.9): every canonical page, absolute from the base URL, and <c>robots.txt</c> pointing to it.</summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Xml(SiteContext context, IEnumerable<string> pagePaths)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", Namespace);
            foreach (string path in pagePaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                w.WriteStartElement("url", Namespace);
                w.WriteElementString("loc", Namespace, SiteUrls.Absolute(context, path));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return [.. stream.ToArray(), (byte)'\n'];
    }

    /// <summary>robots.txt only counts at the server root: it names the live site's sitemap, even in an edition's copy.</summary>
    public static byte[] Robots(SiteContext context) => Encoding.UTF8.GetBytes(
        $"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.Absolute(context with { Edition = null }, "sitemap.xml")}\n");
}
