using System.Xml;
using System.Xml.Linq;

namespace BrandPulse.Testing.Scan;

/// <summary>SVG, feeds and sitemaps: well-formed XML 1.0 (no DTD), no script, foreignObject, handlers or script URLs.</summary>
internal static class XmlRules
{
    public static void Check(string xml, Action<string, string> add)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                CheckCharacters = true,
                XmlResolver = null,
            });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            add("xml-malformed", e.Message);
            return;
        }

        foreach (XElement e in doc.Descendants())
        {
            string tag = e.Name.LocalName.ToLowerInvariant();
            if (tag is "script" or "foreignobject" or "iframe" || tag.Contains("bpx", StringComparison.Ordinal))
            {
                add("xml-element", $"<{e.Name.LocalName}>");
            }

            foreach (XAttribute a in e.Attributes())
            {
                string name = a.Name.LocalName.ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.Ordinal) || name.Contains("bpx", StringComparison.Ordinal))
                {
                    add("xml-attribute", $"<{e.Name.LocalName} {a.Name.LocalName}>");
                }

                if (name == "href" && Urls.IsScriptCapable(a.Value))
                {
                    add("xml-url", $"<{e.Name.LocalName} href=\"{a.Value}\">");
                }
            }
        }
    }
}
