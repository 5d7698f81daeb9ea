using System.Text;
using BrandPulse.Generator.Publishing;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Publishing;

/// <summary>
/// The release a published one replaced, kept whole for the next build (<see cref="KeptRelease"/>): the next release
/// starts as it, keeps the files whose bytes it needs again, and never has a file it did not write, link or keep; a
/// kept file is never written through (it may be the published file's other name).
/// </summary>
public sealed class KeptReleaseTests
{
    [Fact]
    public void The_next_release_starts_as_the_replaced_one_and_has_exactly_its_own_files()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the exchange of folders that keeps the replaced release is a Linux system call
        }

        // Given a site published twice, so the first release is kept (with brands/gone, which the second dropped)
        using var tmp = new TempDir();
        string site = tmp.File("site");
        SiteWriterTests.Publish(site, ("index.html", "one"), ("brands/apple/index.html", "apple"), ("brands/gone/index.html", "gone"), ("es/brands/gone/index.html", "ido"));
        SiteWriterTests.Publish(site, ("index.html", "two"), ("brands/apple/index.html", "apple"));
        Assert.Equal(["brands/apple/index.html", "brands/gone/index.html", "es/brands/gone/index.html", "index.html"], Files(KeptRelease.Of(site)));
        Assert.True(File.Exists(KeptRelease.ManifestOf(site)));

        // When a third release is published, with a folder the others did not have
        int kept, unchanged;
        using (SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site)))
        {
            writer.Write([Text("index.html", "three"), Text("brands/apple/index.html", "apple"), Text("brands/new/index.html", "new")]);
            (kept, unchanged) = (writer.Kept, writer.Unchanged);
            writer.Publish([]);
        }

        // Then the unchanged page was left as the kept release had it, and the release has exactly its own files and folders
        Assert.Equal((1, 1), (kept, unchanged));
        Assert.Equal(["brands/apple/index.html", "brands/new/index.html", "index.html"], Files(site));
        Assert.Equal(["brands", "brands/apple", "brands/new"], Tree(site));
        Assert.Equal(["three", "apple", "new"], new[] { "index.html", "brands/apple/index.html", "brands/new/index.html" }.Select(f => Read(site, f)));

        // And the second release is kept in its turn, and no staging folder is left
        Assert.Equal(["brands/apple/index.html", "index.html"], Files(KeptRelease.Of(site)));
        Assert.Equal("two", Read(KeptRelease.Of(site), "index.html"));
        Assert.Empty(Directory.EnumerateDirectories(tmp.Path, "site.staging-*"));
    }

    [Fact]
    public void A_kept_file_that_changes_is_replaced_never_written_through_so_the_published_site_keeps_its_bytes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given releases one and two, where two linked one's unchanged page (one inode, two names: published and kept)
        using var tmp = new TempDir();
        string site = tmp.File("site");
        SiteWriterTests.Publish(site, ("page.html", "same"), ("data.csv", "v1"));
        SiteWriterTests.Publish(site, ("page.html", "same"), ("data.csv", "v2"));

        // When the next release changes that page, and the data file with a streamed write, and then is given up
        using (SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site)))
        {
            writer.Write([Text("page.html", "changed")]);
            writer.Write("data.csv", s => s.Write("v3"u8));

            // Then the published files kept their bytes while the release was being written
            Assert.Equal("same", Read(site, "page.html"));
            Assert.Equal("v2", Read(site, "data.csv"));
        }

        // And after it was given up too, with no release kept (it was half-changed) and nothing left behind
        Assert.Equal(["same", "v2"], new[] { "page.html", "data.csv" }.Select(f => Read(site, f)));
        Assert.False(Directory.Exists(KeptRelease.Of(site)));
        Assert.False(File.Exists(KeptRelease.ManifestOf(site)));
        Assert.Empty(Directory.EnumerateDirectories(tmp.Path, "site.staging-*"));

        // And the next release, made without a kept one, is whole
        SiteWriterTests.Publish(site, ("page.html", "changed"), ("data.csv", "v4"));
        Assert.Equal(["changed", "v4"], new[] { "page.html", "data.csv" }.Select(f => Read(site, f)));
    }

    [Fact]
    public void A_kept_file_edited_by_hand_or_added_by_hand_never_reaches_a_release()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a kept release where one file was edited and one added by hand
        using var tmp = new TempDir();
        string site = tmp.File("site");
        SiteWriterTests.Publish(site, ("a.html", "one"), ("b.html", "bee"));
        SiteWriterTests.Publish(site, ("a.html", "two"), ("b.html", "bee"));
        string kept = KeptRelease.Of(site);
        File.WriteAllText(Path.Combine(kept, "a.html"), "ONE"); // its manifest entry still says "one", of the same length
        File.WriteAllText(Path.Combine(kept, "stray.html"), "not ours");

        // When the next release has a.html with the bytes the kept release's manifest describes
        int keptFiles;
        using (SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site)))
        {
            writer.Write([Text("a.html", "one"), Text("b.html", "bee")]);
            keptFiles = writer.Kept;
            writer.Publish([]);
        }

        // Then only b.html was kept: a.html was written again, and the stray file is gone
        Assert.Equal(1, keptFiles);
        Assert.Equal(["a.html", "b.html"], Files(site));
        Assert.Equal("one", Read(site, "a.html"));
    }

    [Fact]
    public void A_kept_release_without_its_manifest_is_deleted_not_used()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a kept release whose manifest is gone (as after a build killed while keeping it)
        using var tmp = new TempDir();
        string site = tmp.File("site");
        SiteWriterTests.Publish(site, ("a.html", "one"), ("old.html", "old"));
        SiteWriterTests.Publish(site, ("a.html", "two"));
        File.Delete(KeptRelease.ManifestOf(site));

        // When the next release is published
        int kept;
        using (SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site)))
        {
            writer.Write([Text("a.html", "one")]);
            kept = writer.Kept;
            writer.Publish([]);
        }

        // Then nothing was taken from it, and the release has only its own file
        Assert.Equal(0, kept);
        Assert.Equal(["a.html"], Files(site));
        Assert.Equal("one", Read(site, "a.html"));
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
        KeptRelease.RemoveUnused(root, adopted, [Path.Combine(root, "a", "b")]);

        // Then a and a/b stay, a/c and a/c/d are gone, and e stays with its file
        Assert.Equal(["a", "a/b", "e"], Tree(root));
    }

    private static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static string Read(string root, string sitePath) => File.ReadAllText(Path.Combine(root, sitePath));

    private static List<string> Files(string root) => [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static List<string> Tree(string root) => [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
        .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
