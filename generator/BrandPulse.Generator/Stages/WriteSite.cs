using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The write stage, the only one that touches the site. Files go to a staging folder beside the output folder as
/// the render stages produce them (so a large site is never held in memory whole); <see cref="Publish"/> then swaps
/// the staging folder in with one atomic rename (Linux renameat2 RENAME_EXCHANGE), so readers see the old site or
/// the new one, never a half-written one. A build that fails or is killed half-way leaves the published site as it
/// was; its staging folder is removed (or, after a kill, by the next build).
/// A file whose bytes equal those of the same file in the published site is not written again: it is hard-linked from
/// the published site. The manifest beside it (<c>&lt;site&gt;.cache/manifest.tsv</c>: hash, length and modification
/// time of every file) says what the published bytes are; a file is linked only if its length and modification time
/// still match, so a manifest from a build killed before its swap never links a file it does not describe.
/// Published files are never modified in place, so sharing them between releases is safe.
/// </summary>
public sealed partial class WriteSite : IDisposable
{
    private const string StagingMarker = ".staging-";
    private readonly string _output;
    private readonly string _staging;
    private readonly Dictionary<string, Manifested> _published;
    private readonly Dictionary<string, Manifested> _written = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private WriteSite(string output, string staging, Dictionary<string, Manifested> published)
    {
        _output = output;
        _staging = staging;
        _published = published;
    }

    /// <summary>Files hard-linked from the published site because their bytes did not change.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Where the manifest of the site in <paramref name="output"/> is kept, beside its other caches.</summary>
    private static string ManifestOf(string output) => Path.Combine(Incremental.RenderCache.FolderBeside(output), "manifest.tsv");

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
        return new WriteSite(output, staging, ReadManifest(output));
    }

    /// <summary>Writes (or links, when unchanged) the files, on all cores; the first failure is thrown as itself.</summary>
    public void Write(IEnumerable<OutputFile> files)
    {
        try
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                string path = StagingPath(file.Path);
                string hash = Convert.ToHexStringLower(SHA256.HashData(file.Bytes));
                if (!TryLinkPublished(file.Path, hash, path))
                {
                    File.WriteAllBytes(path, file.Bytes);
                }

                Added(file.Path, hash, path);
            });
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
    /// <see cref="CanReuse"/> found when the build chose not to render it again.
    /// </summary>
    public void Reuse(string sitePath, string hash)
    {
        string path = StagingPath(sitePath);
        if (!TryLinkPublished(sitePath, hash, path))
        {
            throw new IOException($"the published {sitePath} changed during the build; build again");
        }

        Added(sitePath, hash, path);
    }

    /// <summary>
    /// Writes a file made of <paramref name="preamble"/> and then each of <paramref name="parts"/> (files written earlier
    /// in this build) from the given offset on, without hashing its bytes: its <paramref name="identity"/> (a hash of the
    /// parts' hashes) stands for them in the manifest, and when it is the published one the file is linked instead.
    /// </summary>
    public string Concatenate(string sitePath, byte[] preamble, IEnumerable<(string Path, long From)> parts, string identity)
    {
        string path = StagingPath(sitePath);
        if (!TryLinkPublished(sitePath, identity, path))
        {
            using SafeFileHandle output = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(output, preamble, 0);
            long at = preamble.Length;
            foreach ((string part, long from) in parts)
            {
                using SafeFileHandle input = File.OpenHandle(StagingPathOf(part), FileMode.Open, FileAccess.Read);
                at += CopyRange(input, from, output, at);
            }
        }

        Added(sitePath, identity, path);
        return identity;
    }

    /// <summary>Writes the same bytes as <paramref name="from"/> (written earlier in this build) at <paramref name="to"/>.</summary>
    public void Duplicate(string from, string to)
    {
        string source = StagingPathOf(from);
        string target = StagingPath(to);
        if (!OperatingSystem.IsLinux() || Link(source, target) != 0)
        {
            File.Copy(source, target);
        }

        string hash;
        lock (_lock)
        {
            hash = _written[from].Hash;
        }

        Added(to, hash, target);
    }

    /// <summary>Whether the published <paramref name="sitePath"/> still has the bytes hashed <paramref name="hash"/> and can be linked.</summary>
    public bool CanReuse(string sitePath, string hash)
    {
        if (!OperatingSystem.IsLinux() || _published.GetValueOrDefault(sitePath) is not { } known || known.Hash != hash)
        {
            return false;
        }

        var published = new FileInfo(Path.Combine(_output, sitePath.Replace('/', Path.DirectorySeparatorChar)));
        return published.Exists && published.Length == known.Length && published.LastWriteTimeUtc.Ticks == known.ModifiedTicks;
    }


    private string StagingPathOf(string sitePath)
    {
        string path = Path.Combine(_staging, sitePath.Replace('/', Path.DirectorySeparatorChar));
        return Path.GetFullPath(path).StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"refusing to write outside the site: {sitePath}");
    }

    private string StagingPath(string sitePath)
    {
        string path = StagingPathOf(sitePath);
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
        if (!CanReuse(sitePath, hash)
            || Link(Path.Combine(_output, sitePath.Replace('/', Path.DirectorySeparatorChar)), stagingPath) != 0)
        {
            return false; // missing or changed by hand: write it
        }

        lock (_lock)
        {
            Unchanged++;
        }

        return true;
    }

    private void Added(string sitePath, string hash, string stagingPath)
    {
        var info = new FileInfo(stagingPath);
        lock (_lock)
        {
            _written[sitePath] = new Manifested(hash, info.Length, info.LastWriteTimeUtc.Ticks);
            Files++;
            Bytes += info.Length;
        }
    }

    /// <summary>What the manifest knows of a published file.</summary>
    private sealed record Manifested(string Hash, long Length, long ModifiedTicks);

    /// <summary>Carries over <paramref name="preserve"/> (folders later builds never change, e.g. dated editions) and swaps the release in.</summary>
    public void Publish(IReadOnlyList<string> preserve)
    {
        foreach (string kept in preserve)
        {
            CopyPreserved(Path.Combine(_output, kept), Path.Combine(_staging, kept));
        }

        // The manifest goes first: one left by a build killed before the swap describes files whose modification times
        // the published site does not have, so nothing is linked from it.
        WriteManifest();
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
                if (!OperatingSystem.IsLinux() || Link(file, target) != 0)
                {
                    File.Copy(file, target);
                }
            }
        }
    }

    private static Dictionary<string, Manifested> ReadManifest(string output)
    {
        var manifest = new Dictionary<string, Manifested>(StringComparer.Ordinal);
        string path = ManifestOf(output);
        if (!File.Exists(path) || !Directory.Exists(output))
        {
            return manifest;
        }

        try
        {
            foreach (string line in File.ReadLines(path))
            {
                string[] fields = line.Split('\t', 4);
                if (fields.Length == 4 && fields[0].Length == 64 && long.TryParse(fields[1], out long length)
                    && long.TryParse(fields[2], out long ticks))
                {
                    manifest[fields[3]] = new Manifested(fields[0], length, ticks);
                }
            }
        }
        catch (IOException)
        {
            manifest.Clear(); // unreadable: everything is written
        }

        return manifest;
    }

    private void WriteManifest()
    {
        string path = ManifestOf(_output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new StreamWriter(temp))
        {
            foreach ((string sitePath, Manifested m) in _written.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                writer.Write(FormattableString.Invariant($"{m.Hash}\t{m.Length}\t{m.ModifiedTicks}\t{sitePath}\n"));
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Copies <paramref name="input"/> from <paramref name="from"/> to its end into <paramref name="output"/> at <paramref name="at"/>: in the kernel where it can.</summary>
    private static long CopyRange(SafeFileHandle input, long from, SafeFileHandle output, long at)
    {
        long length = RandomAccess.GetLength(input) - from;
        long copied = 0;
        if (OperatingSystem.IsLinux())
        {
            int fdIn = (int)input.DangerousGetHandle(), fdOut = (int)output.DangerousGetHandle();
            long inOffset = from, outOffset = at;
            while (copied < length)
            {
                nint n = CopyFileRange(fdIn, ref inOffset, fdOut, ref outOffset, (nuint)Math.Min(length - copied, 1L << 30), 0);
                if (n <= 0)
                {
                    break; // not supported here (or an error): the loop below copies the rest, or reports the error
                }

                copied += n;
            }
        }

        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            while (copied < length)
            {
                int n = RandomAccess.Read(input, buffer, from + copied);
                if (n == 0)
                {
                    throw new IOException("a file being copied got shorter");
                }

                RandomAccess.Write(output, buffer.AsSpan(0, n), at + copied);
                copied += n;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return copied;
    }

    [LibraryImport("libc", EntryPoint = "copy_file_range", SetLastError = true)]
    private static partial nint CopyFileRange(int fdIn, ref long offIn, int fdOut, ref long offOut, nuint length, uint flags);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string newPath);

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
