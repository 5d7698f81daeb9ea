using System.Text;
using BrandPulse.Generator.Publishing;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Publishing;

public sealed class SiteWriterTests
{
    [Fact]
    public void A_release_is_invisible_until_published_then_replaces_the_site_whole()
    {
        using var tmp = new TempDir();
        string site = tmp.File("site");
        Publish(site, ("index.html", "one"), ("old.html", "gone soon"));

        using (SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site)))
        {
            writer.Write([File("index.html", "two")]);
            Assert.Equal("one", System.IO.File.ReadAllText(Path.Combine(site, "index.html"))); // not yet published
            writer.Publish([]);
        }

        Assert.Equal("two", System.IO.File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.False(System.IO.File.Exists(Path.Combine(site, "old.html")));
        Assert.Empty(Directory.EnumerateDirectories(tmp.Path, "site.staging-*"));
    }

    [Fact]
    public void A_release_given_up_leaves_the_published_site_and_no_staging_folder()
    {
        using var tmp = new TempDir();
        string site = tmp.File("site");
        Publish(site, ("index.html", "one"));

        using (SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site)))
        {
            writer.Write([File("index.html", "two")]);
        }

        Assert.Equal("one", System.IO.File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(tmp.Path, "site.staging-*"));
    }

    [Fact]
    public void Unchanged_files_are_linked_and_a_file_edited_by_hand_is_written_again()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // links are a Linux system call; elsewhere every file is written
        }

        using var tmp = new TempDir();
        string site = tmp.File("site");
        Publish(site, ("a.html", "same"), ("b.html", "same too"), ("c.html", "old"));
        System.IO.File.WriteAllText(Path.Combine(site, "b.html"), "edited by hand");

        int unchanged;
        using (SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site)))
        {
            writer.Write([File("a.html", "same"), File("b.html", "same too"), File("c.html", "new")]);
            unchanged = writer.Unchanged;
            writer.Publish([]);
        }

        Assert.Equal(1, unchanged); // a.html only: b.html no longer has the bytes the manifest describes, c.html changed
        Assert.Equal(["same", "same too", "new"], new[] { "a.html", "b.html", "c.html" }.Select(f => System.IO.File.ReadAllText(Path.Combine(site, f))));
    }

    [Fact]
    public void Folders_to_preserve_are_carried_over_and_files_concatenate_from_an_offset()
    {
        using var tmp = new TempDir();
        string site = tmp.File("site");
        Publish(site, ("editions/2020-01-01/index.html", "frozen"));

        using (SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site)))
        {
            writer.Write([File("x.csv", "head\n1\n"), File("y.csv", "head\n2\n")]);
            writer.Concatenate("all.csv", Encoding.UTF8.GetBytes("head\n"), [("x.csv", 5), ("y.csv", 5)], "identity");
            writer.Duplicate("all.csv", "copy/all.csv");
            writer.Publish(["editions"]);
        }

        Assert.Equal("frozen", System.IO.File.ReadAllText(Path.Combine(site, "editions/2020-01-01/index.html")));
        Assert.Equal("head\n1\n2\n", System.IO.File.ReadAllText(Path.Combine(site, "all.csv")));
        Assert.Equal("head\n1\n2\n", System.IO.File.ReadAllText(Path.Combine(site, "copy/all.csv")));
    }

    [Fact]
    public void A_path_outside_the_site_is_refused()
    {
        using var tmp = new TempDir();
        using SiteWriter writer = SiteWriter.Begin(tmp.File("site"), PublishedManifest.Of(tmp.File("site")));

        var e = Assert.Throws<InvalidOperationException>(() => writer.Write([File("../escape.html", "x")]));
        Assert.Contains("../escape.html", e.Message, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(tmp.File("escape.html")));
    }

    [Fact]
    public void The_manifest_vouches_only_for_files_with_its_hash_length_and_time()
    {
        using var tmp = new TempDir();
        string site = tmp.File("site");
        Publish(site, ("a.html", "bytes"));
        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("bytes"u8));
        PublishedManifest manifest = PublishedManifest.Of(site);

        Assert.Equal(OperatingSystem.IsLinux(), manifest.CanReuse("a.html", hash));
        Assert.False(manifest.CanReuse("a.html", new string('0', 64)));
        Assert.False(manifest.CanReuse("missing.html", hash));

        System.IO.File.WriteAllText(CacheFolder.ManifestOf(site), "not a manifest\n");
        Assert.False(PublishedManifest.Of(site).CanReuse("a.html", hash));
    }

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Publishes a release of these files (text) as the site in <paramref name="site"/>.</summary>
    internal static void Publish(string site, params (string Path, string Text)[] files)
    {
        using SiteWriter writer = SiteWriter.Begin(site, PublishedManifest.Of(site));
        writer.Write(files.Select(f => File(f.Path, f.Text)));
        writer.Publish([]);
    }
}
