using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>Checks every page of the built sites: links, landmarks, captions, weight, and reproducibility.</summary>
[Collection(nameof(BuiltSites))]
public sealed class BuiltSiteTests(BuiltSites sites)
{
    private const int MaxPageBytes = 100 * 1024;

    [Fact]
    public void Every_internal_link_resolves_to_a_file()
    {
        NoneBroken(LinkChecker.BrokenLinks(sites.Demo));
        NoneBroken(LinkChecker.BrokenLinks(sites.Hostile));
        NoneBroken(LinkChecker.BrokenLinks(sites.Edition));
    }

    [Fact]
    public void An_editions_frozen_copy_links_within_itself()
    {
        string frozen = Path.Combine(sites.Edition, "editions", BuiltSites.EditionDate);

        NoneBroken(LinkChecker.BrokenLinks(frozen, serverRoot: sites.Edition));
        Assert.Equal($"https://brandpulse.example.org/editions/{BuiltSites.EditionDate}/channels/phone/",
            Pages.Parse(Path.Combine(frozen, "channels", "phone", "by-name.html")).QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    /// <remarks>Tables written in Markdown (inside .prose) get captions once ReadContent applies ProseCaptions.</remarks>
    [Fact]
    public void Every_page_has_one_h1_a_language_a_main_landmark_and_captioned_tables()
    {
        foreach (string page in LinkChecker.HtmlPages(sites.Demo).Concat(LinkChecker.HtmlPages(sites.Hostile)))
        {
            IHtmlDocument doc = Pages.Parse(page);
            string name = page;
            Assert.True(doc.QuerySelectorAll("h1").Length == 1, $"{name}: {doc.QuerySelectorAll("h1").Length} h1 elements");
            Assert.False(string.IsNullOrWhiteSpace(doc.DocumentElement.GetAttribute("lang")), $"{name}: no lang");
            Assert.True(doc.QuerySelectorAll("main, [role=main]").Length == 1, $"{name}: not exactly one main landmark");
            Assert.All(doc.QuerySelectorAll("table").Where(t => t.Closest(".prose") is null), t =>
                Assert.True(t.QuerySelector(":scope > caption") is { TextContent.Length: > 0 }, $"{name}: a table without a caption"));
        }
    }

    [Fact]
    public void Every_page_with_its_CSS_and_JS_weighs_well_under_100_KB()
    {
        foreach (string page in LinkChecker.HtmlPages(sites.Demo))
        {
            IHtmlDocument doc = Pages.Parse(page);
            long bytes = new FileInfo(page).Length;
            foreach (IElement e in doc.QuerySelectorAll("link[rel=stylesheet], script[src]"))
            {
                string link = e.GetAttribute("href") ?? e.GetAttribute("src")!;
                string file = link.StartsWith('/') ? Path.Combine(sites.Demo, link.TrimStart('/')) : Path.Combine(Path.GetDirectoryName(page)!, link);
                bytes += new FileInfo(file).Length;
            }

            Assert.True(bytes < MaxPageBytes, $"{page}: {bytes} bytes with its CSS and JS");
        }
    }

    [Fact]
    public void Two_builds_of_the_same_database_are_byte_identical()
    {
        List<string> first = Files(sites.Demo), second = Files(sites.DemoAgain);

        Assert.Contains(first, f => f.Replace('\\', '/') == "es/methodology/index.html"); // both languages are compared
        Assert.Equal(first, second);
        Assert.All(first, f => Assert.True(
            File.ReadAllBytes(Path.Combine(sites.Demo, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(sites.DemoAgain, f))),
            $"{f} differs between two builds"));
    }

    [Fact]
    public void Pages_declare_canonical_addresses_and_social_cards()
    {
        IHtmlDocument channel = Pages.Parse(Path.Combine(sites.Demo, "channels", "twitter", "by-median.html"));

        Assert.Equal("https://brandpulse.example.org/channels/twitter/", channel.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://brandpulse.example.org/preview.png", channel.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.NotNull(channel.QuerySelector("meta[property='og:title']"));
        Assert.NotNull(channel.QuerySelector("link[rel=alternate][type='application/atom+xml']"));
        Assert.NotNull(channel.QuerySelector("link[rel=icon]"));
        Assert.NotNull(channel.QuerySelector("form[role=search][method=get] input[name=q]"));
        Assert.Equal("ascending", channel.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Equal("Median wait", channel.QuerySelector("th[aria-sort]")?.TextContent);
    }

    [Fact]
    public void The_404_page_links_from_the_server_root()
    {
        IHtmlDocument doc = Pages.Parse(Path.Combine(sites.Demo, "404.html"));

        Assert.Equal("/assets/site.css", doc.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.All(doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!), h =>
            Assert.True(h.StartsWith('/') || h.StartsWith('#') || h.Contains(':'), $"{h} is relative"));
    }

    private static void NoneBroken(IReadOnlyList<string> broken) =>
        Assert.True(broken.Count == 0, $"{broken.Count} broken links:\n" + string.Join("\n", broken.Take(30)));

    private static List<string> Files(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToList();
}
