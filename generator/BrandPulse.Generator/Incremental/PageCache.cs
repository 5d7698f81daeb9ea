using System.Globalization;
using System.Security.Cryptography;
using BrandPulse.Generator.Publishing;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// Which pages an incremental build need not render again: for each page rendered with a key (a hash of everything it
/// is rendered from, <see cref="BrandPageKeys"/>), the key and the hash of the bytes written, kept in
/// <c>_site.cache/pages.tsv</c>. A page whose key is unchanged and whose published file still has those bytes
/// (<see cref="PublishedManifest.CanReuse"/>) is linked from the published site instead of rendered, so a rebuild writes
/// byte for byte what a full build would. Deleting the file is always safe: the next build renders every page.
/// </summary>
public sealed class PageCache
{
    private readonly string _file;
    private readonly Dictionary<string, (string Key, string Hash)> _kept;
    private readonly Dictionary<string, (string Key, string Hash)> _now = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private PageCache(string file, Dictionary<string, (string Key, string Hash)> kept) => (_file, _kept) = (file, kept);

    /// <summary>The page cache of the site in <paramref name="outputDir"/> (empty when there is none, or it cannot be read).</summary>
    public static PageCache Beside(string outputDir)
    {
        string file = Path.Combine(CacheFolder.Beside(outputDir), "pages.tsv");
        var kept = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        try
        {
            foreach (string line in File.ReadLines(file))
            {
                string[] f = line.Split('\t');
                if (f.Length == 3)
                {
                    kept[f[0]] = (f[1], f[2]);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            kept.Clear(); // no cache (or a broken one): render every page
        }

        return new PageCache(file, kept);
    }

    /// <summary>
    /// Whether the page at <paramref name="path"/> was rendered from <paramref name="key"/> by the last build and is
    /// published unchanged; then <paramref name="hash"/> is the hash of its bytes, and it is kept for the next build.
    /// </summary>
    public bool TryReuse(string path, string key, PublishedManifest published, out string hash)
    {
        hash = "";
        if (!_kept.TryGetValue(path, out (string Key, string Hash) entry) || entry.Key != key || !published.CanReuse(path, entry.Hash))
        {
            return false;
        }

        hash = entry.Hash;
        Remember(path, key, hash);
        return true;
    }

    /// <summary>Keeps a page rendered now from <paramref name="key"/> (its bytes as written) for the next build.</summary>
    public void Rendered(string path, string key, byte[] bytes) =>
        Remember(path, key, Convert.ToHexStringLower(SHA256.HashData(bytes)));

    /// <summary>Writes the entries of this build (only those: pages gone since are forgotten), atomically.</summary>
    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        string temp = string.Create(CultureInfo.InvariantCulture, $"{_file}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        using (var writer = new StreamWriter(temp))
        {
            foreach ((string path, (string key, string hash)) in _now.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(path);
                writer.Write('\t');
                writer.Write(key);
                writer.Write('\t');
                writer.Write(hash);
                writer.Write('\n');
            }
        }

        File.Move(temp, _file, overwrite: true);
    }

    private void Remember(string path, string key, string hash)
    {
        lock (_lock)
        {
            _now[path] = (key, hash);
        }
    }
}
