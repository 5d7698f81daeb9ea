using System.Runtime.InteropServices;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The write stage, the only one that touches the site. Files go to a staging folder beside the output folder as
/// the render stages produce them (so a large site is never held in memory whole); <see cref="Publish"/> then swaps
/// the staging folder in with one atomic rename (Linux renameat2 RENAME_EXCHANGE), so readers see the old site or
/// the new one, never a half-written one. A build that fails or is killed half-way leaves the published site as it
/// was; its staging folder is removed (or, after a kill, by the next build).
/// </summary>
public sealed partial class WriteSite : IDisposable
{
    private const string StagingMarker = ".staging-";
    private readonly string _output;
    private readonly string _staging;

    private WriteSite(string output, string staging)
    {
        _output = output;
        _staging = staging;
    }

    /// <summary>Files and bytes written so far.</summary>
    public int Files { get; private set; }

    public long Bytes { get; private set; }

    /// <summary>Starts a new release of the site in <paramref name="outputDir"/>.</summary>
    public static WriteSite Begin(string outputDir)
    {
        string output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        RemoveAbandonedStaging(output);
        string staging = $"{output}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}";
        Directory.CreateDirectory(staging);
        return new WriteSite(output, staging);
    }

    public void Write(IEnumerable<OutputFile> files)
    {
        foreach (OutputFile file in files)
        {
            string path = Path.Combine(_staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
            if (!Path.GetFullPath(path).StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"refusing to write outside the site: {file.Path}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
            Files++;
            Bytes += file.Bytes.Length;
        }
    }

    /// <summary>Carries over <paramref name="preserve"/> (folders later builds never change, e.g. dated editions) and swaps the release in.</summary>
    public void Publish(IReadOnlyList<string> preserve)
    {
        foreach (string kept in preserve)
        {
            CopyPreserved(Path.Combine(_output, kept), Path.Combine(_staging, kept));
        }

        if (!Directory.Exists(_output))
        {
            Directory.Move(_staging, _output);
        }
        else if (!(OperatingSystem.IsLinux() && Exchange(_staging, _output)))
        {
            string old = $"{_output}{StagingMarker}old-{Guid.NewGuid():N}";
            Directory.Move(_output, old);
            Directory.Move(_staging, _output);
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Removes the staging folder: the old site after an exchange, or an unpublished release.</summary>
    public void Dispose()
    {
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private static void CopyPreserved(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private static void RemoveAbandonedStaging(string output)
    {
        string parent = Path.GetDirectoryName(output)!;
        string prefix = Path.GetFileName(output) + StagingMarker;
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

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);

    private static bool Exchange(string a, string b)
    {
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }
}
