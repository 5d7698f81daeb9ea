using System.Xml.Linq;
using AngleSharp.Html.Dom;

namespace BrandPulse.Generator.Tests.Site;

[Collection(nameof(BuiltSites))]
public sealed class HostileNameTests(BuiltSites sites)
{
    private string Brand(string file) => Path.Combine(sites.Hostile, "brands", BuiltSites.HostileSlug, file);

    [Fact]
    public void Badge_escapes_a_hostile_brand_name_and_drops_bidi_controls()
    {
        // Given the badge of a brand named <script>…</script> & 'Sons' with a right-to-left override
        string raw = File.ReadAllText(Brand("badge.svg"));

        // When it is parsed as XML
        XDocument svg = XDocument.Parse(raw);

        // Then the name is text, not markup, and nothing in it can reorder the text around it
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.Contains("<script>alert(\"x\")</script> & 'Sons'", StringComparison.Ordinal));
        Assert.Contains("&lt;script&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("&amp;", raw, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', raw);
        Assert.True(int.Parse(svg.Root!.Attribute("width")!.Value) > 300, "the badge is as wide as the long name");
    }

    [Fact]
    public void Pages_show_a_hostile_name_as_text()
    {
        foreach (string page in LinkChecker.HtmlPages(sites.Hostile))
        {
            IHtmlDocument doc = Pages.Parse(page);
            Assert.All(doc.Scripts, s => Assert.True(s.Source is not null || s.Type == "application/ld+json",
                $"{Path.GetRelativePath(sites.Hostile, page)} has an inline script: {s.OuterHtml}"));
            Assert.Empty(doc.QuerySelectorAll("i"));
        }

        IHtmlDocument channel = Pages.Parse(Path.Combine(sites.Hostile, "channels", "twitter", "index.html"));
        // shown as text, with the right-to-left override stripped (it could disguise the name)
        string published = BrandPulse.Data.Model.CleanText.Name(BuiltSites.HostileName);
        Assert.DoesNotContain('\u202E', published);
        Assert.Contains(channel.QuerySelectorAll("tbody th a bdi"), b => b.TextContent == published);
    }

    [Fact]
    public void Feed_and_sitemap_of_a_hostile_site_are_well_formed_XML()
    {
        XDocument.Load(Path.Combine(sites.Hostile, "feed.xml"));
        XDocument.Load(Path.Combine(sites.Hostile, "sitemap.xml"));
        Assert.True(File.Exists(Path.Combine(sites.Hostile, "industries", "unknown", "index.html")));
    }
}
