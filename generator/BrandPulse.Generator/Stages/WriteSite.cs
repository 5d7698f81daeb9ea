using System.Runtime.InteropServices;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The write stage, the only one that touches disk. The whole site is written to a staging folder beside the
/// output folder, then swapped in with one atomic rename (Linux renameat2 RENAME_EXCHANGE), so readers see the old
/// site or the new one, never a half-written one. A build killed half-way leaves the published site untouched.
/// </summary>
public static partial class WriteSite
{
    private const string StagingMarker = ".staging-";

    public static void To(string outputDir, IEnumerable<OutputFile> files, IReadOnlyList<string>? preserve = null)
    {
        string output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        string parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        RemoveAbandonedStaging(output);
        string staging = $"{output}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            Directory.CreateDirectory(staging);
            foreach (OutputFile file in files)
            {
                string path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                if (!Path.GetFullPath(path).StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"refusing to write outside the site: {file.Path}");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            foreach (string kept in preserve ?? [])
            {
                CopyPreserved(Path.Combine(output, kept), Path.Combine(staging, kept));
            }

            Publish(staging, output);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void Publish(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        if (OperatingSystem.IsLinux() && Exchange(staging, output))
        {
            return; // the old site is now in the staging folder, deleted by the caller
        }

        string old = $"{output}{StagingMarker}old-{Guid.NewGuid():N}";
        Directory.Move(output, old);
        Directory.Move(staging, output);
        Directory.Delete(old, recursive: true);
    }

    /// <summary>Folders of earlier builds that later builds never change (dated editions): carried over as they are.</summary>
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
