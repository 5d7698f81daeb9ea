namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The folder beside the output folder where a release is written, swapped in with one atomic rename (Linux renameat2
/// RENAME_EXCHANGE) so readers see the old site or the new one, never a half-written one. A build that fails or is
/// killed half-way leaves the published site as it was; its staging folder is removed (or, after a kill, by the next build).
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private const string Marker = ".staging-";

    private StagingFolder(string output, string root)
    {
        Output = output;
        Root = root;
    }

    /// <summary>The published site's folder (full path).</summary>
    public string Output { get; }

    /// <summary>The staging folder (full path).</summary>
    public string Root { get; }

    /// <summary>Creates a new staging folder beside <paramref name="outputDir"/>, removing those abandoned by killed builds.</summary>
    public static StagingFolder Begin(string outputDir)
    {
        string output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        RemoveAbandoned(output);
        string root = $"{output}{Marker}{Environment.ProcessId}-{Guid.NewGuid():N}";
        Directory.CreateDirectory(root);
        return new StagingFolder(output, root);
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
        else if (!FileSystemCalls.TryExchange(Root, Output))
        {
            string old = $"{Output}{Marker}old-{Guid.NewGuid():N}";
            Directory.Move(Output, old);
            Directory.Move(Root, Output);
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Removes the staging folder: the old site after an exchange, or an unpublished release.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
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
