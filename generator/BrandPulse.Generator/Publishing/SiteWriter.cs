using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The one write path to the site: files go to a <see cref="StagingFolder"/> as the render stages produce them (so a
/// large site is never held in memory whole), and <see cref="Publish"/> swaps the release in. A file whose bytes equal
/// those of the same file in the published site (<see cref="PublishedManifest"/>) is hard-linked from it, not written
/// again. Published files are never modified in place, so sharing them between releases is safe.
/// </summary>
public sealed class SiteWriter : IDisposable
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

    /// <summary>Files hard-linked from the published site because their bytes did not change.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Files written so far.</summary>
    public int Files { get; private set; }

    /// <summary>Bytes written so far.</summary>
    public long Bytes { get; private set; }

    /// <summary>Starts a new release of the site in <paramref name="outputDir"/>, whose published files <paramref name="published"/> describes.</summary>
    public static SiteWriter Begin(string outputDir, PublishedManifest published) => new(StagingFolder.Begin(outputDir), published);

    /// <summary>Writes (or links, when unchanged) the files, on all cores; the first failure is thrown as itself.</summary>
    public void Write(IEnumerable<OutputFile> files)
    {
        try
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                string path = StagingPath(file.Path);
                string hash = Convert.ToHexStringLower(SHA256.HashData(file.Bytes));
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
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>Takes published files unchanged (<see cref="Reuse(string, string)"/>), on all cores; the first failure is thrown as itself.</summary>
    public void Reuse(IEnumerable<(string SitePath, string Hash)> files)
    {
        try
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f => Reuse(f.SitePath, f.Hash));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

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
        string source = _staging.PathOf(from);
        string target = StagingPath(to);
        FileSystemCalls.LinkOrCopy(source, target);
        string hash;
        lock (_lock)
        {
            hash = _written[from].Hash;
        }

        Added(to, hash, target);
    }

    /// <summary>Carries over <paramref name="preserve"/> (folders later builds never change, e.g. dated editions) and swaps the release in.</summary>
    public void Publish(IReadOnlyList<string> preserve)
    {
        _staging.CarryOver(preserve);
        _staging.RemoveUnusedFolders(_folders);

        // The manifest goes first: one left by a build killed before the swap describes files whose modification times
        // the published site does not have, so nothing is linked from it.
        PublishedManifest.Write(_staging.Output, _written);
        _staging.SwapIn();
    }

    /// <summary>Removes the staging folder: the old site after an exchange, or an unpublished release.</summary>
    public void Dispose() => _staging.Dispose();

    private string StagingPath(string sitePath)
    {
        string path = _staging.PathOf(sitePath);
        string folder = Path.GetDirectoryName(path)!;
        bool again;
        lock (_lock)
        {
            again = _written.ContainsKey(sitePath);
            if (_folders.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (again)
        {
            File.Delete(path); // written twice: never write through a link into the published site
        }

        return path;
    }

    private bool TryLinkPublished(string sitePath, string hash, string stagingPath)
    {
        if (!_published.CanReuse(sitePath, hash) || !FileSystemCalls.TryLink(_published.PathOf(sitePath), stagingPath))
        {
            return false; // missing or changed by hand: write it
        }

        lock (_lock)
        {
            Unchanged++;
        }

        return true;
    }

    /// <summary>A file linked from the published site: the same file, so the manifest's length and time are its own (no need to look).</summary>
    private void Linked(string sitePath)
    {
        ManifestEntry entry = _published.EntryOf(sitePath);
        lock (_lock)
        {
            _written[sitePath] = entry;
            Files++;
            Bytes += entry.Length;
        }
    }

    private void Added(string sitePath, string hash, string stagingPath)
    {
        var info = new FileInfo(stagingPath);
        lock (_lock)
        {
            _written[sitePath] = new ManifestEntry(hash, info.Length, info.LastWriteTimeUtc.Ticks);
            Files++;
            Bytes += info.Length;
        }
    }
}
