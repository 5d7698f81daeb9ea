namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The folder beside the output folder where a release is written, swapped in with one atomic rename (Linux renameat2
/// RENAME_EXCHANGE) so readers see the old site or the new one, never a half-written one. A build that fails or is
/// killed half-way leaves the published site as it was; its staging folder is removed (or, after a kill, by the next build).
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private const string Marker = ".staging-";

    // The folders the staging folder started with (the last release's, kept by KeptFolders), and whether it now
    // holds the release it replaced.
    private readonly IReadOnlyList<string> _adopted;
    private bool _swapped;

    private StagingFolder(string output, string root, IReadOnlyList<string> adopted)
    {
        Output = output;
        Root = root;
        _adopted = adopted;
    }

    /// <summary>The published site's folder (full path).</summary>
    public string Output { get; }

    /// <summary>The staging folder (full path).</summary>
    public string Root { get; }

    /// <summary>
    /// Creates a new staging folder beside <paramref name="outputDir"/>, removing those abandoned by killed builds; it
    /// starts with the empty folders of the last release where they were kept (<see cref="KeptFolders"/>).
    /// </summary>
    public static StagingFolder Begin(string outputDir)
    {
        string output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        RemoveAbandoned(output);
        string root = $"{output}{Marker}{Environment.ProcessId}-{Guid.NewGuid():N}";
        IReadOnlyList<string> adopted = KeptFolders.Adopt(output, root);
        Directory.CreateDirectory(root);
        return new StagingFolder(output, root, adopted);
    }

    /// <summary>Removes the folders the staging folder started with that the release does not use (<paramref name="used"/>: those files went to).</summary>
    public void RemoveUnusedFolders(IEnumerable<string> used) => KeptFolders.RemoveUnused(Root, _adopted, used);

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
            DeleteTree(old);
        }
    }

    /// <summary>
    /// Removes the staging folder: after an exchange it holds the old site, whose folders are kept for the next build
    /// (<see cref="KeptFolders"/>); an unpublished release is deleted.
    /// </summary>
    public void Dispose()
    {
        if (Directory.Exists(Root) && !(_swapped && TryKeepFolders()))
        {
            DeleteTree(Root);
        }
    }

    private bool TryKeepFolders()
    {
        try
        {
            return KeptFolders.Keep(Output, Root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // what is left is deleted
        }
    }

    /// <summary>
    /// Deletes a release on every core: its folders three levels down first (es/brands/SLUG), then two (brands/SLUG,
    /// es/brands), then the rest. At W1 that is 14,800 files in 2,100 folders, a third of a second on one core.
    /// </summary>
    private static void DeleteTree(string root)
    {
        string[] second = [.. Directory.EnumerateDirectories(root).SelectMany(Directory.EnumerateDirectories)];
        string[] third = [.. second.SelectMany(Directory.EnumerateDirectories)];
        try
        {
            Parallel.ForEach(third, dir => Directory.Delete(dir, recursive: true));
            Parallel.ForEach(second, dir => Directory.Delete(dir, recursive: true));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        Directory.Delete(root, recursive: true);
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
