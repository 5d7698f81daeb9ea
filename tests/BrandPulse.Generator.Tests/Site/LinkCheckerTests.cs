using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Site;

public sealed class LinkCheckerTests
{
    [Fact]
    public void Finds_missing_files_and_missing_fragments_but_not_external_links()
    {
        // Given a two-page site with one good link, one to a missing file and one to a missing fragment
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("a"));
        File.WriteAllText(dir.File("index.html"),
            "<a href=\"a/\">ok</a><a href=\"a/index.html#here\">ok</a><a href=\"https://x.org/\">ok</a><a href=\"mailto:x@y\">ok</a>"
            + "<a href=\"gone.html\">no</a><a href=\"a/index.html#nowhere\">no</a><img src=\"/a/../../out.png\">");
        File.WriteAllText(dir.File("a/index.html"), "<h2 id=\"here\">x</h2><a href=\"../index.html?q=1\">ok</a>");

        // When the links are checked
        IReadOnlyList<string> broken = LinkChecker.BrokenLinks(dir.Path);

        // Then exactly the three bad ones are reported
        Assert.Equal(3, broken.Count);
        Assert.Contains(broken, b => b.Contains("gone.html", StringComparison.Ordinal) && b.EndsWith("names no file", StringComparison.Ordinal));
        Assert.Contains(broken, b => b.EndsWith("names no element #nowhere", StringComparison.Ordinal));
        Assert.Contains(broken, b => b.EndsWith("leaves the site", StringComparison.Ordinal));
    }
}
