using System.Security.Cryptography;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Publishing;

public sealed class PublishTests
{
    [Fact]
    public async Task A_failed_build_leaves_the_published_site_as_it_was()
    {
        // Given a published site
        using var tmp = new TempDir();
        DemoDatabase.Create(tmp.File("bp.db"));
        string site = tmp.File("site");
        await SiteBuild.RunAsync(new BuildOptions(tmp.File("bp.db"), site, RepoPaths.Site));
        Dictionary<string, string> before = Hashes(site);

        // When a build fails half-way (its theme folder is missing: pages are rendered, nothing can be written)
        Directory.CreateDirectory(tmp.File("broken/content"));
        File.WriteAllText(tmp.File("broken/content/about.md"), "# About\n");
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() =>
            SiteBuild.RunAsync(new BuildOptions(tmp.File("bp.db"), site, tmp.File("broken"))));

        // Then the published site is byte for byte the old one, and no staging folder is left behind
        Assert.Equal(before, Hashes(site));
        Assert.Empty(Directory.EnumerateDirectories(tmp.Path, "site.staging-*"));
    }

    [Fact]
    public async Task The_same_database_builds_a_byte_identical_site()
    {
        using var tmp = new TempDir();
        DemoDatabase.Create(tmp.File("bp.db"));

        await SiteBuild.RunAsync(new BuildOptions(tmp.File("bp.db"), tmp.File("a"), RepoPaths.Site));
        await SiteBuild.RunAsync(new BuildOptions(tmp.File("bp.db"), tmp.File("b"), RepoPaths.Site));

        Assert.Equal(Hashes(tmp.File("a")), Hashes(tmp.File("b")));
    }

    [Fact]
    public async Task Rebuilding_replaces_the_site_and_drops_pages_of_brands_that_left()
    {
        using var tmp = new TempDir();
        DemoDatabase.Create(tmp.File("bp.db"));
        string site = tmp.File("site");
        Directory.CreateDirectory(Path.Combine(site, "brands", "gone"));
        File.WriteAllText(Path.Combine(site, "brands", "gone", "index.html"), "old");

        await SiteBuild.RunAsync(new BuildOptions(tmp.File("bp.db"), site, RepoPaths.Site));

        Assert.False(File.Exists(Path.Combine(site, "brands", "gone", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "brands", "apple", "index.html")));
    }

    internal static Dictionary<string, string> Hashes(string dir) => Directory
        .EnumerateFiles(dir, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
