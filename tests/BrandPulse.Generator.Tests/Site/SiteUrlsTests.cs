using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Tests.Site;

public sealed class SiteUrlsTests
{
    private static SiteContext Context(string baseUrl, string? edition = null) => new(baseUrl, "1.0", edition, "site");

    [Theory]
    [InlineData("index.html", "https://x.org/")]
    [InlineData("brands/apple/index.html", "https://x.org/brands/apple/")]
    [InlineData("channels/twitter/by-name.html", "https://x.org/channels/twitter/by-name.html")]
    public void Absolute_addresses_drop_index_html(string path, string expected) =>
        Assert.Equal(expected, SiteUrls.Absolute(Context("https://x.org/"), path));

    [Fact]
    public void An_edition_lives_under_editions_DATE()
    {
        SiteContext edition = Context("https://x.org/pulse/", "2026-11-25");

        Assert.Equal("https://x.org/pulse/editions/2026-11-25/brands/", SiteUrls.Absolute(edition, "brands/index.html"));
        Assert.Equal("/pulse/editions/2026-11-25/", SiteUrls.RootPath(edition));
        Assert.Equal("/", SiteUrls.RootPath(Context("https://x.org")));
    }

    [Fact]
    public void Bidi_controls_and_control_characters_are_removed_from_drawn_text() =>
        Assert.Equal("abc def", SafeText.Clean("\u202Eabc\u2066 def\u0007\u2069"));
}
