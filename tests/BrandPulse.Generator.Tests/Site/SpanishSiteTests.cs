using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>The Spanish pages under es/: their language, the hreflang pairs and switches that join them to the English pages, their forms.</summary>
[Collection(nameof(BuiltSites))]
public sealed class SpanishSiteTests(BuiltSites sites)
{
    private const string BaseUrl = "https://brandpulse.example.org/";
    private const char NoBreakSpace = '\u00A0';

    private static readonly string[] s_expected =
    [
        "es/404.html", "es/about/index.html", "es/corrections/index.html", "es/data/index.html", "es/editions/index.html",
        "es/methodology/index.html", "es/privacy/index.html",
        "es/index.html", "es/brands/index.html", "es/channels/index.html", "es/channels/twitter/index.html",
        "es/channels/phone/index.html", "es/industries/index.html", "es/industries/technology/index.html",
    ];

    [Fact]
    public void The_spanish_pages_are_built_under_es()
    {
        string[] built = [.. SpanishPages(sites.Demo).Select(p => Relative(sites.Demo, p))];

        Assert.Subset(built.ToHashSet(), s_expected.ToHashSet());
    }

    [Fact]
    public void Every_spanish_page_has_lang_es_hreflang_pairs_both_ways_and_a_switch()
    {
        // An edition build's addresses are its frozen copy's: there, the pairs are checked to resolve.
        foreach (string page in SpanishPages(sites.Edition).Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            IHtmlDocument es = Pages.Parse(page);
            Assert.Equal("es", es.DocumentElement.GetAttribute("lang"));
            _ = File(sites.Edition, Alternate(es, "en", page));
            _ = File(sites.Edition, Alternate(es, "es", page));
            _ = Switch(es, page, page);
        }

        foreach (string site in new[] { sites.Demo })
        {
            string[] pages = [.. SpanishPages(site).Where(p => !p.EndsWith("404.html", StringComparison.Ordinal))];
            Assert.True(pages.Length >= 6, $"{site}: only {pages.Length} Spanish pages");
            foreach (string page in pages)
            {
                IHtmlDocument es = Pages.Parse(page);
                string name = Relative(site, page);
                Assert.Equal("es", es.DocumentElement.GetAttribute("lang"));

                // The alternates name the canonical page (another ordering of a table is not one); the switch goes to this very page.
                string english = File(site, Alternate(es, "en", name));
                string canonical = File(site, Alternate(es, "es", name));
                Assert.Equal(english, File(site, Alternate(es, "x-default", name)));
                string twin = Switch(es, page, name);
                Assert.Equal(Relative(site, page)[3..], Relative(site, twin));
                Assert.True(canonical == page || page.EndsWith(".html", StringComparison.Ordinal) && !page.EndsWith("index.html", StringComparison.Ordinal),
                    $"{name}: its hreflang=\"es\" link goes to {canonical}");

                IHtmlDocument en = Pages.Parse(twin);
                Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
                Assert.Equal(canonical, File(site, Alternate(en, "es", english)));
                Assert.Equal(english, File(site, Alternate(en, "en", english)));
                Assert.Equal(page, Switch(en, twin, Relative(site, twin)));
            }
        }
    }

    [Fact]
    public void Every_english_page_has_a_spanish_one_and_links_to_it()
    {
        // Every page built from the data or the content exists under es/ too (the capture page has its own Spanish
        // twin at es/capture/, frozen editions are copies of the pages as they were, and 404 is es/404.html).
        var missing = new List<string>();
        int checkedPages = 0;
        foreach (string page in LinkChecker.HtmlPages(sites.Demo).Where(p => !Relative(sites.Demo, p).StartsWith("es/", StringComparison.Ordinal)))
        {
            string name = Relative(sites.Demo, page);
            if (name.StartsWith("editions/", StringComparison.Ordinal) || name.StartsWith("capture/", StringComparison.Ordinal) || name == "404.html")
            {
                continue;
            }

            checkedPages++;
            if (!System.IO.File.Exists(Path.Combine(sites.Demo, "es", name)))
            {
                missing.Add(name);
                continue;
            }

            IHtmlDocument doc = Pages.Parse(page);
            Assert.True(doc.QuerySelectorAll("link[hreflang=\"es\"]").Length == 1, $"{name} has no hreflang link to its Spanish page");
            Assert.True(doc.QuerySelectorAll(".lang-switch a[hreflang=\"es\"]").Length == 1, $"{name} has no switch to its Spanish page");
        }

        Assert.True(checkedPages > 50, $"only {checkedPages} English pages found");
        Assert.True(missing.Count == 0, "English pages without a Spanish one: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_spanish_frame_is_spanish_and_links_to_spanish_pages_where_they_exist()
    {
        IHtmlDocument doc = Pages.Parse(Path.Combine(sites.Demo, "es", "methodology", "index.html"));
        IElement nav = doc.QuerySelector("header nav[aria-label=Principal]")!;

        Assert.Equal("Saltar al contenido", doc.QuerySelector(".skip-link")?.TextContent);
        Assert.Equal("../../es/methodology/", nav.QuerySelectorAll("a").Single(a => a.TextContent == "Metodología").GetAttribute("href"));
        Assert.Equal("../../es/about/", nav.QuerySelectorAll("a").Single(a => a.TextContent == "Acerca de").GetAttribute("href"));
        Assert.Equal("../../es/brands/", nav.QuerySelectorAll("a").Single(a => a.TextContent == "Marcas").GetAttribute("href"));
        foreach (IElement a in nav.QuerySelectorAll("a[href]"))
        {
            // to the Spanish page where there is one, else to the English one
            string href = a.GetAttribute("href")!;
            string target = href.StartsWith("../../", StringComparison.Ordinal) ? href[6..] : href;
            string english = target.StartsWith("es/", StringComparison.Ordinal) ? target[3..] : target;
            bool spanishExists = System.IO.File.Exists(Path.Combine(sites.Demo, "es", english.Length == 0 || english.EndsWith('/') ? english + "index.html" : english));
            Assert.True(target.StartsWith("es/", StringComparison.Ordinal) == spanishExists, $"{a.TextContent} links to {href}");
        }

        Assert.Equal("Busca una marca", doc.QuerySelector("#site-q")?.GetAttribute("placeholder"));
        Assert.Contains("BrandPulse mide cuánto tardan las marcas", doc.QuerySelector("footer")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("../../es/feed.xml", doc.QuerySelector("link[type='application/atom+xml']")?.GetAttribute("href"));
    }

    [Fact]
    public void A_spanish_prose_link_to_a_file_only_in_english_goes_to_the_english_file()
    {
        IHtmlDocument data = Pages.Parse(Path.Combine(sites.Demo, "es", "data", "index.html"));
        string[] hrefs = [.. data.QuerySelectorAll(".prose a[href]").Select(a => a.GetAttribute("href")!)];

        Assert.Contains("../../data/rankings.csv", hrefs);
        Assert.Contains("../corrections/", hrefs);
        Assert.DoesNotContain("rankings.csv", hrefs);
    }

    [Fact]
    public void Spanish_pages_write_numbers_and_dates_the_spanish_way()
    {
        string corrections = Text(sites.Demo, "es/corrections/index.html");
        string editions = Text(sites.Edition, "es/editions/index.html");
        string methodology = Text(sites.Demo, "es/methodology/index.html");
        string data = Text(sites.Demo, "es/data/index.html");

        Assert.Contains("25 de noviembre de 2026", corrections, StringComparison.Ordinal);
        Assert.DoesNotContain(">2026-11-25<", System.IO.File.ReadAllText(Path.Combine(sites.Demo, "es", "corrections", "index.html")), StringComparison.Ordinal);
        Assert.Contains("25 de noviembre de 2026", editions, StringComparison.Ordinal);
        Assert.Contains($"95{NoBreakSpace}%", methodology, StringComparison.Ordinal);
        Assert.Contains("0,1", methodology, StringComparison.Ordinal);
        Assert.Contains($"95{NoBreakSpace}%", data, StringComparison.Ordinal);
        Assert.Contains("2026-11-25", Text(sites.Demo, "corrections/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_spanish_methodology_prints_the_classifier_rules_and_the_text_preparation_in_spanish_from_the_code()
    {
        string es = Text(sites.Demo, "es/methodology/index.html");
        string en = Text(sites.Demo, "methodology/index.html");

        // the preparation of a reply, as the classifier describes it in each language
        Assert.Contains("entidades HTML descodificadas", es, StringComparison.Ordinal);
        Assert.DoesNotContain("HTML entities decoded", es, StringComparison.Ordinal);
        Assert.Contains("HTML entities decoded", en, StringComparison.Ordinal);

        // and every rule, in order, with its Spanish description
        string[] rules = [.. Pages.Parse(Path.Combine(sites.Demo, "es", "methodology", "index.html"))
            .QuerySelectorAll("#what-kind-of-answer-came ~ table tbody tr td:nth-child(2) code").Select(c => c.TextContent)];
        Assert.Equal([.. BrandPulse.Data.Classify.AnswerRules.All.Select(r => r.Name)], rules);
        Assert.Contains("Paso a canal privado", es, StringComparison.Ordinal);
        Assert.Contains("DNI o número de cliente", es, StringComparison.Ordinal);

        // and the English page names what a sentence counts as in words, not as the code's identifiers
        Assert.Contains("Private channel", en, StringComparison.Ordinal);
        Assert.DoesNotContain("PrivateChannel", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spanish_feed_is_its_own_and_links_to_spanish_pages()
    {
        string feed = System.IO.File.ReadAllText(Path.Combine(sites.Demo, "es", "feed.xml"));

        Assert.Contains("xml:lang=\"es\"", feed, StringComparison.Ordinal);
        Assert.Contains("<title>BrandPulse: ediciones y correcciones</title>", feed, StringComparison.Ordinal);
        Assert.Contains($"href=\"{BaseUrl}es/feed.xml\"", feed, StringComparison.Ordinal);
        Assert.Contains($"href=\"{BaseUrl}es/corrections/#correction-1\"", feed, StringComparison.Ordinal);
        Assert.Contains(" de 2020", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("es/feed", System.IO.File.ReadAllText(Path.Combine(sites.Demo, "feed.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sitemap_lists_both_languages_with_their_alternates()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        Dictionary<string, XElement> urls = XDocument.Load(Path.Combine(sites.Demo, "sitemap.xml")).Root!.Elements(sm + "url")
            .ToDictionary(u => u.Element(sm + "loc")!.Value);

        foreach (string page in s_expected.Where(p => p != "es/404.html"))
        {
            string es = BaseUrl + page.Replace("index.html", "", StringComparison.Ordinal), en = es.Replace("/es/", "/", StringComparison.Ordinal);
            foreach (string listed in new[] { es, en })
            {
                Assert.True(urls.ContainsKey(listed), $"{listed} is not in the sitemap");
                Dictionary<string, string> alternates = urls[listed].Elements(xhtml + "link")
                    .ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
                Assert.Equal(new Dictionary<string, string> { ["en"] = en, ["es"] = es, ["x-default"] = en }, alternates);
            }
        }

        Assert.DoesNotContain(BaseUrl + "es/404.html", urls.Keys);
        // (the volunteers' capture page, copied verbatim, names its twin itself: see SpanishPages below)
        foreach ((string loc, XElement url) in urls.Where(u => !u.Key.StartsWith(BaseUrl + "es/", StringComparison.Ordinal) && !u.Key.Contains("/capture/", StringComparison.Ordinal)))
        {
            // an English page has alternates exactly when its Spanish page is listed too
            bool spanish = urls.ContainsKey(BaseUrl + "es/" + loc[BaseUrl.Length..]);
            Assert.True(url.Elements(xhtml + "link").Any() == spanish, $"{loc}: alternates {url.Elements(xhtml + "link").Count()}, Spanish page listed: {spanish}");
        }
    }

    /// <summary>
    /// The Spanish pages the generator renders. The volunteers' capture page (es/capture/) is copied verbatim from
    /// site/capture/ and links its English twin by a relative address (it works offline, wherever the site is served):
    /// it is checked by the capture page's own browser tests.
    /// </summary>
    private static IEnumerable<string> SpanishPages(string site) => LinkChecker.HtmlPages(Path.Combine(site, "es"))
        .Where(p => !p.Replace('\\', '/').Contains("/es/capture/", StringComparison.Ordinal));

    private static string Relative(string site, string file) => Path.GetRelativePath(site, file).Replace('\\', '/');

    private static string Text(string site, string path) => Pages.Parse(Path.Combine(site, path)).Body!.TextContent;

    private static string Alternate(IHtmlDocument doc, string language, string name) =>
        doc.QuerySelector($"link[rel=alternate][hreflang={language}]")?.GetAttribute("href")
        ?? throw new Xunit.Sdk.XunitException($"{name}: no hreflang=\"{language}\" link");

    /// <summary>The file an absolute URL of the site is served from; it must exist.</summary>
    private static string File(string site, string url)
    {
        Assert.StartsWith(BaseUrl, url, StringComparison.Ordinal);
        string path = url[BaseUrl.Length..];
        string file = Path.GetFullPath(Path.Combine(site, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path));
        Assert.True(System.IO.File.Exists(file), $"{url}: no file {file}");
        return file;
    }

    /// <summary>The file the page's language switch links to; it must exist.</summary>
    private static string Switch(IHtmlDocument doc, string page, string name)
    {
        string href = doc.QuerySelector("nav.lang-switch a[href][hreflang]")?.GetAttribute("href")
            ?? throw new Xunit.Sdk.XunitException($"{name}: no language switch");
        string file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href.EndsWith('/') ? href + "index.html" : href));
        Assert.True(System.IO.File.Exists(file), $"{name}: the switch goes to {href}, which does not exist");
        return file;
    }
}
