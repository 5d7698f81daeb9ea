using System.Collections.Concurrent;

namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The release a published one replaced, kept whole for the next build (<c>&lt;site&gt;.cache/release/</c>, described
/// by <c>release.tsv</c>, the manifest it was published with). The next build's staging folder starts as this release:
/// a file whose bytes it needs again is left where it is, every other one is removed before anything is written at its
/// path, and what the new release does not use is deleted before it is swapped in. At W1 an incremental build then
/// touches the few hundred files that changed in the last two builds instead of linking 14,500 and deleting as many.
/// <para>
/// Published files are hard links shared between releases, so a kept file is never opened for writing: it is unlinked
/// and a new file made. A kept file is taken only if its length and modification time are still those of its manifest
/// entry (as <see cref="PublishedManifest"/> checks the published site). The manifest is deleted before the release is
/// touched, so after a build killed half-way the next one finds a release without a manifest and deletes it.
/// Deleting <c>release/</c> is always safe: the next build links what it can from the published site.
/// </para>
/// </summary>
public sealed class KeptRelease
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, ManifestEntry> _files;

    private KeptRelease(string root, IReadOnlyList<string> folders, ConcurrentDictionary<string, ManifestEntry> files)
    {
        _root = root;
        Folders = folders;
        _files = files;
    }

    /// <summary>Where the release replaced last is kept for the site in <paramref name="output"/>.</summary>
    public static string Of(string output) => Path.Combine(CacheFolder.Beside(output), "release");

    /// <summary>The manifest of the kept release.</summary>
    public static string ManifestOf(string output) => Path.Combine(CacheFolder.Beside(output), "release.tsv");

    /// <summary>The published site's manifest, set aside while a release replaces it (<see cref="StagingFolder.SetAsidePublishedManifest"/>).</summary>
    public static string PendingManifestOf(string output) => Path.Combine(CacheFolder.Beside(output), "release.next.tsv");

    /// <summary>No release kept: the staging folder starts empty.</summary>
    public static KeptRelease None(string root) => new(root, [], new ConcurrentDictionary<string, ManifestEntry>(StringComparer.Ordinal));

    /// <summary>The folders the staging folder started with.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Files of the kept release not yet taken or removed.</summary>
    public int Remaining => _files.Count;

    /// <summary>
    /// Makes the kept release of <paramref name="output"/> the staging folder <paramref name="root"/> (one rename), with
    /// the files its manifest describes; files it does not describe, and the folders under <paramref name="notKept"/>
    /// (carried over from the published site instead), are deleted. Without a kept release (or without its manifest)
    /// the staging folder starts empty and <paramref name="root"/> does not exist yet.
    /// </summary>
    public static KeptRelease Adopt(string output, string root, IReadOnlyList<string> notKept)
    {
        string kept = Of(output), manifest = ManifestOf(output);
        if (!Directory.Exists(CacheFolder.Beside(output)))
        {
            return None(root);
        }

        DeleteLegacyFolders(output);
        Dictionary<string, ManifestEntry> entries = Directory.Exists(kept) ? ManifestFile.Read(manifest) : [];
        File.Delete(manifest); // before the release is touched: half-changed, it never has a manifest again
        File.Delete(PendingManifestOf(output)); // left by a build killed while publishing
        if (!Directory.Exists(kept))
        {
            return None(root);
        }

        if (entries.Count == 0)
        {
            DeleteTree(kept); // a release nothing vouches for (its build was killed while keeping it)
            return None(root);
        }

        try
        {
            Directory.Move(kept, root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return None(root); // not movable here: the build makes its folders
        }

        foreach (string folder in notKept.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        string[] folders = [root, .. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)];
        var files = new ConcurrentDictionary<string, ManifestEntry>(StringComparer.Ordinal);
        OnAllCores.ForEach(folders, dir =>
        {
            foreach (string file in Directory.EnumerateFiles(dir))
            {
                string sitePath = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                if (entries.TryGetValue(sitePath, out ManifestEntry? entry))
                {
                    files[sitePath] = entry;
                }
                else
                {
                    File.Delete(file); // not of the release (put there by hand): never published again
                }
            }
        });

        return new KeptRelease(root, folders[1..], files);
    }

    /// <summary>
    /// Takes the kept copy of <paramref name="sitePath"/> as the new release's file when its bytes hash
    /// <paramref name="hash"/> and it is intact: returns its manifest entry. Otherwise null, and the copy (if any) is
    /// left for <see cref="Remove"/>.
    /// </summary>
    public ManifestEntry? TryTake(string sitePath, string hash)
    {
        if (!_files.TryGetValue(sitePath, out ManifestEntry? entry) || entry.Hash != hash)
        {
            return null;
        }

        var file = new FileInfo(PathOf(sitePath));
        bool intact = file.Exists && file.Length == entry.Length && file.LastWriteTimeUtc.Ticks == entry.ModifiedTicks;
        if (!intact || !_files.TryRemove(sitePath, out _))
        {
            return null;
        }

        return entry;
    }

    /// <summary>Deletes the kept copy of <paramref name="sitePath"/>, if it has one, before a new file is made there.</summary>
    public void Remove(string sitePath)
    {
        if (_files.TryRemove(sitePath, out _))
        {
            File.Delete(PathOf(sitePath));
        }
    }

    /// <summary>Deletes the kept files the new release did not take, on every core.</summary>
    public void RemoveRest()
    {
        OnAllCores.ForEach(_files.Keys.ToArray(), Remove);
    }

    /// <summary>
    /// Keeps a replaced release (<paramref name="root"/>) for the next build, described by <paramref name="manifest"/>
    /// (the manifest it was published with; null when there is none, and then it is not kept). Returns false, leaving
    /// the release to the caller, when it is not kept.
    /// </summary>
    public static bool Keep(string output, string root, string? manifest)
    {
        string kept = Of(output);
        if (manifest is null || !File.Exists(manifest) || Directory.Exists(kept))
        {
            return false;
        }

        File.Delete(ManifestOf(output));
        Directory.Move(root, kept);
        File.Move(manifest, ManifestOf(output)); // last: a release without it is never taken
        return true;
    }

    /// <summary>Deletes a release on every core, its deepest folders first.</summary>
    public static void DeleteTree(string root)
    {
        string[] second = [.. Directory.EnumerateDirectories(root).SelectMany(Directory.EnumerateDirectories)];
        string[] third = [.. second.SelectMany(Directory.EnumerateDirectories)];
        OnAllCores.ForEach(third, dir => Directory.Delete(dir, recursive: true));
        OnAllCores.ForEach(second, dir => Directory.Delete(dir, recursive: true));

        Directory.Delete(root, recursive: true);
    }

    /// <summary>
    /// Removes the <see cref="Folders"/> that hold nothing of the release: neither one of the <paramref name="used"/>
    /// folders (files were written to them) nor a folder above one. A folder that is not empty after all (files carried
    /// over into it) stays.
    /// </summary>
    public void RemoveUnusedFolders(IEnumerable<string> used) => RemoveUnused(_root, Folders, used);

    /// <inheritdoc cref="RemoveUnusedFolders"/>
    public static void RemoveUnused(string root, IReadOnlyList<string> adopted, IEnumerable<string> used)
    {
        if (adopted.Count == 0)
        {
            return;
        }

        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (string folder in used)
        {
            for (string? dir = folder; dir is not null && dir.Length > root.Length && keep.Add(dir); dir = Path.GetDirectoryName(dir))
            {
            }
        }

        foreach (string dir in adopted.Where(d => !keep.Contains(d)).OrderByDescending(d => d.Length))
        {
            try
            {
                Directory.Delete(dir);
            }
            catch (IOException)
            {
                // Not empty: files were carried over into it.
            }
        }
    }

    private string PathOf(string sitePath) => Path.Combine(_root, sitePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The empty folders earlier builds kept (<c>folders/</c>, before whole releases were kept).</summary>
    private static void DeleteLegacyFolders(string output)
    {
        string legacy = Path.Combine(CacheFolder.Beside(output), "folders");
        if (Directory.Exists(legacy))
        {
            Directory.Delete(legacy, recursive: true);
        }
    }
}
