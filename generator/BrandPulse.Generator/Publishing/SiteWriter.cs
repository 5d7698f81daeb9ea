using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The one write path to the site: files go to a <see cref="StagingFolder"/> as the render stages produce them (so a
/// large site is never held in memory whole), and <see cref="Publish"/> swaps the release in. A file whose bytes equal
/// those of the same file in the published site (<see cref="PublishedManifest"/>) is hard-linked from it, not written
/// again; where the staging folder started as the release the published one replaced (<see cref="KeptRelease"/>), a
/// file that release already has with the same bytes is left as it is. Published files are never modified in place
/// (a file is always unlinked before a new one is made at its path), so sharing them between releases is safe.
/// </summary>
public sealed partial class SiteWriter : IDisposable
{
    private readonly StagingFolder _staging;
    private readonly PublishedManifest _published;
    private readonly Dictionary<string, ManifestEntry> _written = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private SiteWriter(StagingFolder staging, PublishedManifest published)
    {
        _staging = staging;
        _published = published;
    }

    /// <summary>Files whose bytes did not change: hard-linked from the published site, or left as the kept release had them.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Of those, the files the kept release already had (neither written nor linked).</summary>
    public int Kept { get; private set; }

    /// <summary>Files written so far.</summary>
    public int Files { get; private set; }

    /// <summary>Bytes written so far.</summary>
    public long Bytes { get; private set; }

    /// <summary>Starts a new release of the site in <paramref name="outputDir"/>, whose published files <paramref name="published"/> describes.</summary>
    public static SiteWriter Begin(string outputDir, PublishedManifest published) => new(StagingFolder.Begin(outputDir), published);

    /// <summary>Writes (or links, when unchanged) the files, on all cores; the first failure is thrown as itself.</summary>
    public void Write(IEnumerable<OutputFile> files)
    {
        OnAllCores.ForEach(files, file =>
        {
            string hash = Convert.ToHexStringLower(SHA256.HashData(file.Bytes));
            if (TryKeep(file.Path, hash))
            {
                return;
            }

            string path = StagingPath(file.Path);
            if (TryLinkPublished(file.Path, hash, path))
            {
                Linked(file.Path);
            }
            else
            {
                File.WriteAllBytes(path, file.Bytes);
                Added(file.Path, hash, path);
            }
        });
    }

    /// <summary>Takes published files unchanged (<see cref="Reuse(string, string)"/>), on all cores; the first failure is thrown as itself.</summary>
    public void Reuse(IEnumerable<(string SitePath, string Hash)> files) => OnAllCores.ForEach(files, f => Reuse(f.SitePath, f.Hash));

    /// <summary>Writes a file as a stream (a large download is never held in memory); returns its hash.</summary>
    public string Write(string sitePath, Action<Stream> write)
    {
        string path = StagingPath(sitePath);
        string hash;
        using (var stream = new HashingStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)))
        {
            write(stream);
            stream.Flush();
            hash = stream.Hash();
        }

        Added(sitePath, hash, path);
        return hash;
    }

    /// <summary>
    /// Takes the published file unchanged (linked, not written): its bytes hash <paramref name="hash"/>, as
    /// <see cref="PublishedManifest.CanReuse"/> found when the build chose not to render it again.
    /// </summary>
    public void Reuse(string sitePath, string hash)
    {
        if (TryKeep(sitePath, hash))
        {
            return;
        }

        string path = StagingPath(sitePath);
        if (!TryLinkPublished(sitePath, hash, path))
        {
            throw new IOException($"the published {sitePath} changed during the build; build again");
        }

        Linked(sitePath);
    }

    /// <summary>
    /// Writes a file made of <paramref name="preamble"/> and then each of <paramref name="parts"/> (files written earlier
    /// in this build) from the given offset on, without hashing its bytes: its <paramref name="identity"/> (a hash of the
    /// parts' hashes) stands for them in the manifest, and when it is the published one the file is linked instead.
    /// </summary>
    public string Concatenate(string sitePath, byte[] preamble, IEnumerable<(string Path, long From)> parts, string identity)
    {
        if (TryKeep(sitePath, identity))
        {
            return identity;
        }

        string path = StagingPath(sitePath);
        if (TryLinkPublished(sitePath, identity, path))
        {
            Linked(sitePath);
            return identity;
        }

        using (SafeFileHandle output = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write))
        {
            RandomAccess.Write(output, preamble, 0);
            long at = preamble.Length;
            foreach ((string part, long from) in parts)
            {
                using SafeFileHandle input = File.OpenHandle(_staging.PathOf(part), FileMode.Open, FileAccess.Read);
                at += FileSystemCalls.CopyRange(input, from, output, at);
            }
        }

        Added(sitePath, identity, path);
        return identity;
    }

    /// <summary>Writes the same bytes as <paramref name="from"/> (written earlier in this build) at <paramref name="to"/>.</summary>
    public void Duplicate(string from, string to)
    {
        string hash;
        lock (_lock)
        {
            hash = _written[from].Hash;
        }

        if (TryKeep(to, hash))
        {
            return;
        }

        string target = StagingPath(to);
        FileSystemCalls.LinkOrCopy(_staging.PathOf(from), target);
        Added(to, hash, target);
    }

    /// <summary>Carries over <paramref name="preserve"/> (folders later builds never change, e.g. dated editions) and swaps the release in.</summary>
    public void Publish(IReadOnlyList<string> preserve)
    {
        _staging.RemoveUnused(_folders);
        _staging.CarryOver(preserve);

        // The manifest goes first: one left by a build killed before the swap describes files whose modification times
        // the published site does not have, so nothing is linked from it. The one it replaces is set aside to describe
        // the replaced release, kept for the next build.
        _staging.SetAsidePublishedManifest();
        PublishedManifest.Write(_staging.Output, _written);
        _staging.SwapIn();
    }

    /// <summary>Removes the staging folder: the old site after an exchange, or an unpublished release.</summary>
    public void Dispose() => _staging.Dispose();
}
