using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Localization;

/// <summary>How strings become markup, how Spanish prose links are resolved, and that a broken translation stops the build.</summary>
public sealed class SiteLanguageTests
{
    private static Strings Of(string text) => Strings.ParseKeyValue(text, "es.txt", SiteLanguage.Spanish);

    [Fact]
    public void Strings_become_markup_with_only_markup_characters_escaped_and_links_filled_in()
    {
        Strings s = Of("a = Léelo «aquí» & <b>{link}</b>\nplain = 82\u00A0% \"sí\"");

        Assert.Equal("Léelo «aquí» &amp; &lt;b&gt;<a href=\"x\">y</a>&lt;/b&gt;", TextMarkup.Fill(s, "a", ("link", "<a href=\"x\">y</a>")));
        Assert.Equal("82\u00A0% &quot;sí&quot;", TextMarkup.Of(s, "plain").Value);
    }

    [Fact]
    public void A_missing_or_unknown_placeholder_argument_is_an_error_naming_the_key()
    {
        Strings s = Of("a = ver {link}");

        Assert.Contains("'a' needs a value for {link}", Assert.Throws<ArgumentException>(() => TextMarkup.Fill(s, "a")).Message, StringComparison.Ordinal);
        Assert.Contains("'a' has no placeholder {other}", Assert.Throws<ArgumentException>(
            () => TextMarkup.Fill(s, "a", ("link", "x"), ("other", "y"))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../corrections/index.html", "../corrections/index.html")]
    [InlineData("rankings.csv", "../../data/rankings.csv")]
    [InlineData("../brands/apple/index.html#phone", "../../brands/apple/index.html#phone")]
    [InlineData("../feed.xml", "../feed.xml")]
    [InlineData("https://example.org/x", "https://example.org/x")]
    [InlineData("mailto:a@b.c", "mailto:a@b.c")]
    [InlineData("#data-quality", "#data-quality")]
    public void A_spanish_prose_link_stays_spanish_only_where_the_spanish_target_exists(string written, string expected)
    {
        HashSet<string> spanish = ["es/corrections/index.html", "es/feed.xml", "es/data/index.html"];
        bool Exists(string path) => !path.StartsWith("es/", StringComparison.Ordinal) || spanish.Contains(path);

        string html = LanguageLinks.Rewrite($"<p><a href=\"{written}\">x</a></p>", "es/data/index.html", Exists);

        Assert.Equal($"<p><a href=\"{expected}\">x</a></p>", html);
    }

    [Fact]
    public void The_paths_of_the_two_languages_map_onto_each_other()
    {
        Assert.Equal("es/methodology/index.html", SiteLanguages.In("methodology/index.html", SiteLanguage.Spanish));
        Assert.Equal("methodology/index.html", SiteLanguages.Reference("es/methodology/index.html"));
        Assert.Equal("brands/estrella/index.html", SiteLanguages.Reference("brands/estrella/index.html"));
        Assert.Equal(SiteLanguage.Spanish, SiteLanguages.Of("es/404.html"));
        Assert.Equal(SiteLanguage.English, SiteLanguages.Of("essentials/index.html"));
    }

    [Fact]
    public async Task A_build_whose_spanish_strings_lack_a_key_fails_naming_the_key_and_publishes_nothing()
    {
        // Given a copy of the site folder whose es.txt lacks nav.methodology
        using var tmp = new TempDir();
        string site = tmp.File("site-src");
        Copy(RepoPaths.Site, site);
        string es = Path.Combine(site, "i18n", "es.txt");
        File.WriteAllLines(es, File.ReadAllLines(es).Where(l => !l.StartsWith("nav.methodology ", StringComparison.Ordinal)));
        DemoDatabase.Create(tmp.File("bp.db"));

        // When it is built / Then the build stops naming the key, and no site is published
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => SiteBuild.RunAsync(new BuildOptions(tmp.File("bp.db"), tmp.File("out"), site)));
        Assert.Contains("missing key 'nav.methodology'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(tmp.File("out"), "index.html")));
    }

    private static void Copy(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
