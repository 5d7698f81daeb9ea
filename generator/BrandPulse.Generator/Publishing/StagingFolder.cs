namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The folder beside the output folder where a release is written, swapped in with one atomic rename (Linux renameat2
/// RENAME_EXCHANGE) so readers see the old site or the new one, never a half-written one. A build that fails or is
/// killed half-way leaves the published site as it was; its staging folder is removed (or, after a kill, by the next build).
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private const string Marker = ".staging-";

    // Whether the staging folder now holds the release it replaced.
    private bool _swapped;

    private StagingFolder(string output, string root, KeptRelease kept)
    {
        Output = output;
        Root = root;
        Kept = kept;
    }

    /// <summary>The published site's folder (full path).</summary>
    public string Output { get; }

    /// <summary>The staging folder (full path).</summary>
    public string Root { get; }

    /// <summary>The release the staging folder started as (the one the published site replaced), or none.</summary>
    public KeptRelease Kept { get; }

    /// <summary>
    /// Creates a new staging folder beside <paramref name="outputDir"/>, removing those abandoned by killed builds; it
    /// starts as the release the published one replaced, where it was kept (<see cref="KeptRelease"/>), without its
    /// dated editions (carried over from the published site instead).
    /// </summary>
    public static StagingFolder Begin(string outputDir)
    {
        string output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        RemoveAbandoned(output);
        string root = $"{output}{Marker}{Environment.ProcessId}-{Guid.NewGuid():N}";
        KeptRelease kept = KeptRelease.Adopt(output, root, [Editions.Folder]);
        Directory.CreateDirectory(root);
        return new StagingFolder(output, root, kept);
    }

    /// <summary>
    /// Removes what the staging folder started with that the release does not use: the kept files not taken, then the
    /// folders none of its files went to (<paramref name="used"/>).
    /// </summary>
    public void RemoveUnused(IEnumerable<string> used)
    {
        Kept.RemoveRest();
        Kept.RemoveUnusedFolders(used);
    }

    /// <summary>
    /// Sets the published site's manifest aside (<see cref="KeptRelease.PendingManifestOf"/>) before the new one is
    /// written: once swapped out, the published release is kept with it.
    /// </summary>
    public void SetAsidePublishedManifest()
    {
        string manifest = CacheFolder.ManifestOf(Output);
        if (File.Exists(manifest))
        {
            File.Move(manifest, KeptRelease.PendingManifestOf(Output), overwrite: true);
        }
    }

    /// <summary>Where <paramref name="sitePath"/> goes in the staging folder; never outside it.</summary>
    public string PathOf(string sitePath)
    {
        string path = Path.Combine(Root, sitePath.Replace('/', Path.DirectorySeparatorChar));
        return Path.GetFullPath(path).StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"refusing to write outside the site: {sitePath}");
    }

    /// <summary>Links (or copies) the published files under <paramref name="folders"/> the release did not write itself.</summary>
    public void CarryOver(IReadOnlyList<string> folders)
    {
        foreach (string kept in folders)
        {
            string from = Path.Combine(Output, kept), to = Path.Combine(Root, kept);
            if (!Directory.Exists(from))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(to, Path.GetRelativePath(from, file));
                if (!File.Exists(target))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    FileSystemCalls.LinkOrCopy(file, target);
                }
            }
        }
    }

    /// <summary>Swaps the release in: one atomic exchange where the system has it, else two renames.</summary>
    public void SwapIn()
    {
        if (!Directory.Exists(Output))
        {
            Directory.Move(Root, Output);
        }
        else if (FileSystemCalls.TryExchange(Root, Output))
        {
            _swapped = true;
        }
        else
        {
            string old = $"{Output}{Marker}old-{Guid.NewGuid():N}";
            Directory.Move(Output, old);
            Directory.Move(Root, Output);
            KeptRelease.DeleteTree(old);
        }
    }

    /// <summary>
    /// Removes the staging folder: after an exchange it holds the old site, kept whole for the next build
    /// (<see cref="KeptRelease"/>); an unpublished release is deleted.
    /// </summary>
    public void Dispose()
    {
        if (Directory.Exists(Root) && !(_swapped && TryKeepRelease()))
        {
            KeptRelease.DeleteTree(Root);
        }

        if (Directory.Exists(CacheFolder.Beside(Output)))
        {
            File.Delete(KeptRelease.PendingManifestOf(Output)); // not kept: nothing for it to describe
        }
    }

    private bool TryKeepRelease()
    {
        try
        {
            return KeptRelease.Keep(Output, Root, KeptRelease.PendingManifestOf(Output));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // what is left is deleted
        }
    }

    private static void RemoveAbandoned(string output)
    {
        string parent = Path.GetDirectoryName(output)!;
        string prefix = Path.GetFileName(output) + Marker;
        foreach (string dir in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            string rest = Path.GetFileName(dir)[prefix.Length..];
            int dash = rest.IndexOf('-');
            bool alive = dash > 0 && int.TryParse(rest[..dash], out int pid) && pid != Environment.ProcessId && IsAlive(pid);
            if (!alive)
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (IOException)
                {
                    // Another build is cleaning it up.
                }
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
