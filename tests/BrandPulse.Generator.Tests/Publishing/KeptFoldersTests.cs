using BrandPulse.Generator.Publishing;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Publishing;

/// <summary>
/// The folders of a replaced release kept empty for the next one (<see cref="KeptFolders"/>): the next release starts
/// from them, never with a file of the old one, and without the folders it does not use.
/// </summary>
public sealed class KeptFoldersTests
{
    [Fact]
    public void The_replaced_releases_folders_are_kept_without_its_files_and_the_next_release_drops_those_it_does_not_use()
    {
        // Given a site published twice (so the first release's folders are kept), the second without brands/gone
        using var tmp = new TempDir();
        string site = tmp.File("site");
        SiteWriterTests.Publish(site, ("index.html", "one"), ("brands/apple/index.html", "apple"), ("brands/gone/index.html", "gone"), ("es/brands/gone/index.html", "ido"));
        SiteWriterTests.Publish(site, ("index.html", "two"), ("brands/apple/index.html", "apple"));
        string kept = KeptFolders.Of(site);

        // Then the kept folders are the first release's, with no file in them
        Assert.Equal(["brands", "brands/apple", "brands/gone", "es", "es/brands", "es/brands/gone"], Tree(kept));
        Assert.Empty(Directory.EnumerateFiles(kept, "*", SearchOption.AllDirectories));

        // When a third release is published, with a folder the others did not have
        SiteWriterTests.Publish(site, ("index.html", "three"), ("brands/new/index.html", "new"));

        // Then it has exactly its own files and folders (none left over, none empty), and the second release's folders are kept
        Assert.Equal(["brands", "brands/new"], Tree(site));
        Assert.Equal(["brands/new/index.html", "index.html"],
            Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("three", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(["brands", "brands/apple"], Tree(kept));
        Assert.Empty(Directory.EnumerateDirectories(tmp.Path, "site.staging-*"));
    }

    [Fact]
    public void A_release_given_up_deletes_the_folders_it_started_from_and_the_next_one_makes_its_own()
    {
        // Given a site published twice, so folders are kept
        using var tmp = new TempDir();
        string site = tmp.File("site");
        SiteWriterTests.Publish(site, ("brands/apple/index.html", "one"));
        SiteWriterTests.Publish(site, ("brands/apple/index.html", "two"));
        Assert.True(Directory.Exists(KeptFolders.Of(site)));

        // When a release starts from them and is given up
        using (SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site)))
        {
            writer.Write([new OutputFile("brands/apple/index.html", "three"u8.ToArray())]);
            Assert.False(Directory.Exists(KeptFolders.Of(site)));
        }

        // Then no staging folder and no kept folders are left, the site is unchanged, and the next release is whole
        Assert.Empty(Directory.EnumerateDirectories(tmp.Path, "site.staging-*"));
        Assert.False(Directory.Exists(KeptFolders.Of(site)));
        Assert.Equal("two", File.ReadAllText(Path.Combine(site, "brands", "apple", "index.html")));
        SiteWriterTests.Publish(site, ("brands/apple/index.html", "four"), ("es/index.html", "cuatro"));
        Assert.Equal(["brands", "brands/apple", "es"], Tree(site));
    }

    [Fact]
    public void Unused_folders_are_removed_deepest_first_and_a_folder_with_files_stays()
    {
        // Given a staging folder started from kept folders: a/b (used), a/c/d (unused), e (unused, a file carried into it)
        using var tmp = new TempDir();
        string root = tmp.File("root");
        foreach (string dir in new[] { "a/b", "a/c/d", "e" })
        {
            Directory.CreateDirectory(Path.Combine(root, dir));
        }

        File.WriteAllText(Path.Combine(root, "e", "carried.html"), "kept");
        string[] adopted = [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)];

        // When the unused ones are removed
        KeptFolders.RemoveUnused(root, adopted, [Path.Combine(root, "a", "b")]);

        // Then a and a/b stay, a/c and a/c/d are gone, and e stays with its file
        Assert.Equal(["a", "a/b", "e"], Tree(root));
    }

    private static List<string> Tree(string root) => [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
        .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
