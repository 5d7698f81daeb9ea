using System.Text.RegularExpressions;
using System.Xml.Linq;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.SiteFiles;
using BrandPulse.Generator.Tests.Site;

namespace BrandPulse.Generator.Tests.SiteFiles;

[Collection(nameof(BuiltSites))]
public sealed class SiteFilesTests(BuiltSites sites)
{
    private static readonly XNamespace s_sitemap = Sitemap.Namespace;
    private static readonly XNamespace s_atom = AtomFeed.Namespace;

    [Fact]
    public void Sitemap_lists_every_page_and_only_pages_that_exist()
    {
        foreach (string site in new[] { sites.Demo, sites.Hostile })
        {
            // Given the built site's sitemap
            XDocument sitemap = XDocument.Load(Path.Combine(site, "sitemap.xml"));
            List<string> listed = sitemap.Root!.Elements(s_sitemap + "url").Select(u => u.Element(s_sitemap + "loc")!.Value).ToList();

            // Then every listed address is a file, and every page is listed or names a listed page as canonical
            Assert.Equal(s_sitemap + "urlset", sitemap.Root.Name);
            Assert.Equal(listed.Count, listed.Distinct().Count());
            Assert.All(listed, url => Assert.True(File.Exists(FileOf(site, url)), $"{url} is in the sitemap but not in the site"));
            foreach (string page in LinkChecker.HtmlPages(site).Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
            {
                string url = SiteUrls.Absolute(Context(), Path.GetRelativePath(site, page).Replace('\\', '/'));
                string canonical = Tests.Site.Pages.Parse(page).QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? url;
                Assert.True(listed.Contains(canonical), $"{Path.GetRelativePath(site, page)} ({canonical}) is not in the sitemap");
            }
        }
    }

    [Fact]
    public void Robots_points_to_the_sitemap()
    {
        string robots = File.ReadAllText(Path.Combine(sites.Demo, "robots.txt"));

        Assert.Contains($"Sitemap: {SiteContext.DefaultBaseUrl}sitemap.xml", robots);
    }

    [Fact]
    public void Feed_is_Atom_with_the_edition_and_each_correction()
    {
        // Given the feed of the demo site
        XDocument feed = XDocument.Load(Path.Combine(sites.Demo, "feed.xml"));
        XElement root = feed.Root!;
        List<XElement> entries = root.Elements(s_atom + "entry").ToList();

        // Then it has what RFC 4287 requires, and the dates come from the data
        Assert.Equal(s_atom + "feed", root.Name);
        Assert.NotEmpty(root.Element(s_atom + "id")!.Value);
        Assert.NotEmpty(root.Element(s_atom + "title")!.Value);
        Assert.NotNull(root.Element(s_atom + "author")?.Element(s_atom + "name"));
        Assert.Contains(root.Elements(s_atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.All(entries, e =>
        {
            Assert.StartsWith("tag:", e.Element(s_atom + "id")!.Value, StringComparison.Ordinal);
            Assert.NotEmpty(e.Element(s_atom + "title")!.Value);
            Assert.True(DateTimeOffset.TryParse(e.Element(s_atom + "updated")!.Value, out _));
            Assert.NotNull(e.Element(s_atom + "link")?.Attribute("href"));
        });
        Assert.Equal(entries.Count, entries.Select(e => e.Element(s_atom + "id")!.Value).Distinct().Count());
        Assert.Contains(entries, e => e.Element(s_atom + "id")!.Value.Contains(":edition/", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Element(s_atom + "id")!.Value.EndsWith(":correction/1", StringComparison.Ordinal));
        Assert.Equal(entries.Max(e => e.Element(s_atom + "updated")!.Value), root.Element(s_atom + "updated")!.Value);
    }

    [Theory]
    [InlineData("feed.xml", "Fastest on Twitter/X: Rockstar Games (3 min median; answered conversations only).", "Fastest on Phone: Spotify (7 min median; illustrative data).")]
    [InlineData("es/feed.xml", "La más rápida en Twitter/X: Rockstar Games (mediana de 3 min; solo respondidas).", "La más rápida en Teléfono: Spotify (mediana de 7 min; datos ilustrativos).")]
    public void Issue15_the_feed_names_no_fastest_brand_from_selected_or_illustrative_data_without_its_caveat(string path, string twitter, string phone)
    {
        // Given the demo's feed, whose data is all selected (Twitter/X) or illustrative (the phone log, the field campaign)
        // When its edition's summary is read
        string summary = XDocument.Load(Path.Combine(sites.Demo, path)).Root!.Elements(s_atom + "entry")
            .Single(e => e.Element(s_atom + "id")!.Value.Contains(":edition/", StringComparison.Ordinal)).Element(s_atom + "summary")!.Value;

        // Then each fastest brand carries its data's caveat
        Assert.True(summary.Contains(twitter, StringComparison.Ordinal), summary);
        Assert.True(summary.Contains(phone, StringComparison.Ordinal), summary);
    }

    [Theory]
    [InlineData("How fast do brands answer complaints?")]
    [InlineData("¿Cuánto tardan las marcas en responder?")]
    public void The_site_cards_question_fits_whole_in_either_language(string title)
    {
        // Given the card's text width (1,200 px less 72 px each side)
        const float Width = 1200 - (2 * 72);

        // When its size is chosen
        float size = PreviewImage.TitleSize(title, Width);

        // Then the whole question fits, as large as it can be (it was cut to "How fast do brands answer complain…")
        Assert.True(global::BrandPulse.Generator.Site.TextMeasure.Width(title, size, true) <= Width, $"{title} at {size} px");
        Assert.Equal(title, global::BrandPulse.Generator.Site.TextMeasure.Fit(title, size, Width, true));
        Assert.True(size >= 44, $"{title}: {size} px is too small for a card");
    }

    [Fact]
    public void Every_brand_has_a_badge_and_a_preview_image_of_1200_by_630()
    {
        foreach (string brand in Directory.EnumerateDirectories(Path.Combine(sites.Demo, "brands")))
        {
            XDocument badge = XDocument.Load(Path.Combine(brand, "badge.svg"));
            Assert.Equal("svg", badge.Root!.Name.LocalName);
            byte[] png = File.ReadAllBytes(Path.Combine(brand, "preview.png"));
            Assert.Equal((1200, 630), PngSize(png));
        }

        Assert.Equal((1200, 630), PngSize(File.ReadAllBytes(Path.Combine(sites.Demo, "preview.png"))));
    }

    [Fact]
    public void Spanish_badges_and_preview_cards_are_written_in_Spanish_under_es()
    {
        // Given the hostile site's model, and a brand with figures and one with too few complaints
        SiteModel model = sites.HostileModel;
        SiteContext spanish = Context().In(BrandPulse.Statistics.SiteLanguage.Spanish);
        BrandFigures ranked = model.Brands.Single(b => b.Brand.Slug == "acme-bank");
        BrandFigures tooFew = model.Brands.Single(b => b.Brand.Slug == "tiny-co");

        // When their badges and cards are made in Spanish
        BadgeModel badge = Badge.For(ranked, spanish), few = Badge.For(tooFew, spanish);
        PreviewCard card = PreviewImage.ForBrand(ranked, model, spanish), site = PreviewImage.ForSite(model, spanish);

        // Then every word is Spanish; names and figures as the data give them
        Assert.Matches(@"^Acme Bank · mediana en .+: .+ · método " + Regex.Escape(SiteContext.CurrentMethodologyVersion) + "$", badge.Message);
        Assert.StartsWith("BrandPulse: Acme Bank responde a las quejas en ", badge.Description, StringComparison.Ordinal);
        Assert.Equal("Tiny Co · todavía hay pocas quejas · método " + SiteContext.CurrentMethodologyVersion, few.Message);
        Assert.Equal("Mediana de espera hasta la primera respuesta a una queja, por canal", card.Subtitle);
        Assert.Contains($" · metodología {SiteContext.CurrentMethodologyVersion} · quejas hechas ", card.Footer, StringComparison.Ordinal);
        Assert.Matches(@"quejas hechas del \d+ de [a-z]+ de \d{4} al \d+ de [a-z]+ de \d{4}$", card.Footer);
        Assert.Equal("¿Cuánto tardan las marcas en responder?", site.Title);
        Assert.All(site.Rows, r => Assert.StartsWith("La más rápida en ", r.Label, StringComparison.Ordinal));

        // And the built site has a Spanish badge and card for each brand beside the English ones
        foreach (string brand in Directory.EnumerateDirectories(Path.Combine(sites.Demo, "brands")))
        {
            string es = Path.Combine(sites.Demo, "es", "brands", Path.GetFileName(brand));
            string title = XDocument.Load(Path.Combine(es, "badge.svg")).Root!.Elements().First(e => e.Name.LocalName == "title").Value;
            Assert.StartsWith("BrandPulse: ", title, StringComparison.Ordinal);
            Assert.Contains("metodología", title, StringComparison.Ordinal);
            Assert.Equal((1200, 630), PngSize(File.ReadAllBytes(Path.Combine(es, "preview.png"))));
        }

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(sites.Demo, "preview.png")), File.ReadAllBytes(Path.Combine(sites.Demo, "es", "preview.png")));
    }

    [Fact]
    public void A_preview_card_png_holds_exactly_the_drawn_pixels()
    {
        // Given a brand's card, drawn
        SiteModel model = sites.HostileModel;
        PreviewCard card = PreviewImage.ForBrand(model.Brands.Single(b => b.Brand.Slug == "acme-bank"), model, Context());
        using SkiaSharp.SKImage drawn = PreviewImage.Draw(card);

        // When it is encoded (with the fast settings) and decoded again
        using SkiaSharp.SKBitmap decoded = SkiaSharp.SKBitmap.Decode(PreviewImage.Png(card));
        using var expected = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(drawn.Width, drawn.Height, decoded.ColorType, decoded.AlphaType));
        Assert.True(drawn.ReadPixels(expected.Info, expected.GetPixels(), expected.RowBytes, 0, 0));

        // Then not one pixel differs, and the card is not blank
        Assert.Equal((drawn.Width, drawn.Height), (decoded.Width, decoded.Height));
        Assert.True(expected.GetPixelSpan().SequenceEqual(decoded.GetPixelSpan()), "the PNG lost pixels");
        Assert.True(decoded.Pixels.Distinct().Count() > 2);
    }

    private static (int, int) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return (BigEndian(png, 16), BigEndian(png, 20));
    }

    private static int BigEndian(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];

    internal static SiteContext Context() => new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, Testing.RepoPaths.Site);

    internal static string FileOf(string site, string url)
    {
        string path = url[SiteContext.DefaultBaseUrl.Length..];
        return Path.Combine(site, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
    }
}
