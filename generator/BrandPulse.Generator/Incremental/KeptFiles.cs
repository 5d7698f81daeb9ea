using System.Globalization;
using System.Security.Cryptography;
using BrandPulse.Generator.Publishing;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// Which files an incremental build need not render again (brand pages, charts, preview cards): for each file
/// rendered from a key (a hash of everything it is rendered from, e.g. <see cref="BrandPageKeys"/>), the key and the
/// hash of the bytes written, kept in <c>_site.cache/NAME.tsv</c>. A file whose key is unchanged and whose published
/// copy still has those bytes (<see cref="PublishedManifest.CanReuse"/>) is linked from the published site instead of
/// rendered, so a rebuild writes byte for byte what a full build would; only a key and a hash are kept per file, never
/// its bytes. Deleting the file is always safe: the next build renders everything.
/// </summary>
public sealed class KeptFiles
{
    /// <summary>The generator's build: a list written by another build is not used (its files may render otherwise now).</summary>
    private static readonly string s_header = "# " + string.Join('+',
        typeof(KeptFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(Statistics.RankInterval).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(SkiaSharp.SKTypeface).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    private readonly string _file;
    private readonly Dictionary<string, (string Key, string Hash)> _kept;
    private readonly Dictionary<string, (string Key, string Hash)> _now = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private KeptFiles(string file, Dictionary<string, (string Key, string Hash)> kept) => (_file, _kept) = (file, kept);

    /// <summary>The files kept as <paramref name="name"/> for the site in <paramref name="outputDir"/> (none when there is no list, or it cannot be read).</summary>
    public static KeptFiles Beside(string outputDir, string name)
    {
        string file = Path.Combine(CacheFolder.Beside(outputDir), name + ".tsv");
        var kept = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        try
        {
            using IEnumerator<string> lines = File.ReadLines(file).GetEnumerator();
            if (lines.MoveNext() && lines.Current == s_header)
            {
                while (lines.MoveNext())
                {
                    string[] f = lines.Current.Split('\t');
                    if (f.Length == 3)
                    {
                        kept[f[0]] = (f[1], f[2]);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            kept.Clear(); // no list (or a broken one): render everything
        }

        return new KeptFiles(file, kept);
    }

    /// <summary>
    /// Deletes folders of the cache in which an older generator kept copies of rendered files (its render cache of
    /// charts and preview images), so that an upgraded site does not carry them for ever.
    /// </summary>
    public static void DropOldCopies(string outputDir, params string[] folders)
    {
        foreach (string folder in folders.Select(f => Path.Combine(CacheFolder.Beside(outputDir), f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> was rendered from <paramref name="key"/> by the last build and is
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

    /// <summary>
    /// Whether the file at <paramref name="path"/> was rendered by the last build from a key that differs from
    /// <paramref name="key"/> only after its dot (<c>BASE.MOVED</c>, e.g. <see cref="BrandPageKeys"/>) and is published
    /// unchanged; then <paramref name="hash"/> is the hash of the bytes published, which the file can be patched from.
    /// </summary>
    public bool CanPatch(string path, string key, PublishedManifest published, out string hash)
    {
        hash = "";
        int dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !_kept.TryGetValue(path, out (string Key, string Hash) entry)
            || !entry.Key.AsSpan().StartsWith(key.AsSpan(0, dot + 1), StringComparison.Ordinal) || !published.CanReuse(path, entry.Hash))
        {
            return false;
        }

        hash = entry.Hash;
        return true;
    }

    /// <summary>
    /// Of <paramref name="items"/>, those to render: the others (their key unchanged, their published file intact) are
    /// added to <paramref name="kept"/> as (path, hash), to be linked from the published site.
    /// </summary>
    public List<T> ToRender<T>(IEnumerable<T> items, Func<T, string> path, Func<T, string?> key, PublishedManifest published,
        List<(string Path, string Hash)> kept)
    {
        var render = new List<T>();
        foreach (T item in items)
        {
            if (key(item) is { } k && TryReuse(path(item), k, published, out string hash))
            {
                kept.Add((path(item), hash));
            }
            else
            {
                render.Add(item);
            }
        }

        return render;
    }

    /// <summary>Keeps a file rendered now from <paramref name="key"/> (its bytes as written) for the next build.</summary>
    public void Rendered(string path, string key, byte[] bytes) =>
        Remember(path, key, Convert.ToHexStringLower(SHA256.HashData(bytes)));

    /// <summary>Writes the entries of this build (only those: files gone since are forgotten), atomically.</summary>
    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        string temp = string.Create(CultureInfo.InvariantCulture, $"{_file}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        using (var writer = new StreamWriter(temp))
        {
            writer.Write(s_header);
            writer.Write('\n');
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
