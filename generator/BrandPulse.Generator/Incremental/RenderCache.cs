using System.Security.Cryptography;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// Rendered outputs kept between builds, addressed by a hash of everything they are rendered from (their inputs and
/// the generator's own build), in the folder beside the site (<see cref="Publishing.CacheFolder"/>). A rebuild renders only what is
/// missing, so it writes byte for byte what a full build would. Entries a build did not use are deleted after it.
/// Deleting the folder is always safe: the next build is then a full one.
/// </summary>
public sealed class RenderCache(string folder)
{
    /// <summary>Changes whenever the generator (or a library it renders with) is rebuilt.</summary>
    private static readonly string s_codeVersion = typeof(RenderCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + typeof(SkiaSharp.SKTypeface).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Hits { get; private set; }

    public int Misses { get; private set; }

    /// <summary>The cache of the site in <paramref name="outputDir"/>.</summary>
    public static RenderCache Beside(string outputDir) => new(Publishing.CacheFolder.Beside(outputDir));

    /// <summary>The bytes rendered from <paramref name="inputs"/>: from the cache, or rendered now and kept.</summary>
    public byte[] GetOrRender(string kind, ReadOnlySpan<byte> inputs, Func<byte[]> render)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(s_codeVersion));
        hash.AppendData(inputs);
        string name = Path.Combine(kind, Convert.ToHexStringLower(hash.GetHashAndReset()));
        string path = Path.Combine(folder, name);
        lock (_lock)
        {
            _used.Add(name);
        }

        if (File.Exists(path))
        {
            try
            {
                byte[] cached = File.ReadAllBytes(path);
                lock (_lock)
                {
                    Hits++;
                }

                return cached;
            }
            catch (IOException)
            {
                // Pruned by a concurrent build: render it again.
            }
        }

        byte[] bytes = render();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true); // never a half-written entry
        lock (_lock)
        {
            Misses++;
        }

        return bytes;
    }

    /// <summary>Deletes the entries of <paramref name="kind"/> this build did not use.</summary>
    public void Prune(string kind)
    {
        string dir = Path.Combine(folder, kind);
        if (!Directory.Exists(dir))
        {
            return;
        }

        foreach (string file in Directory.EnumerateFiles(dir))
        {
            if (!_used.Contains(Path.GetRelativePath(folder, file)))
            {
                File.Delete(file);
            }
        }
    }
}
