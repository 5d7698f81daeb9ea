namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The manifest of the published site (<c>&lt;site&gt;.cache/manifest.tsv</c>: hash, length and modification time of
/// every file), which says what the published bytes are. A file is taken as unchanged only if its length and
/// modification time still match, so a manifest from a build killed before its swap never vouches for a file it does
/// not describe.
/// </summary>
public sealed class PublishedManifest
{
    private readonly string _output;
    private readonly Dictionary<string, ManifestEntry> _entries;

    // The published files found intact, each looked at once: a kept page is asked about when the build decides not to
    // render it and again when it is linked (the build lock keeps other builds from changing them meanwhile).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _intact = new(StringComparer.Ordinal);

    private PublishedManifest(string output, Dictionary<string, ManifestEntry> entries)
    {
        _output = output;
        _entries = entries;
    }

    /// <summary>The manifest of the site in <paramref name="outputDir"/>: empty when there is none or it cannot be read.</summary>
    public static PublishedManifest Of(string outputDir)
    {
        string output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        Dictionary<string, ManifestEntry> entries = Directory.Exists(output) ? ManifestFile.Read(CacheFolder.ManifestOf(output)) : [];
        return new PublishedManifest(output, entries);
    }

    /// <summary>Where the published <paramref name="sitePath"/> is on disk.</summary>
    public string PathOf(string sitePath) => Path.Combine(_output, sitePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Whether the published <paramref name="sitePath"/> still has the bytes hashed <paramref name="hash"/> and can be linked.</summary>
    public bool CanReuse(string sitePath, string hash)
    {
        if (!OperatingSystem.IsLinux() || _entries.GetValueOrDefault(sitePath) is not { } known || known.Hash != hash)
        {
            return false;
        }

        return _intact.GetOrAdd(sitePath, path =>
        {
            var published = new FileInfo(PathOf(path));
            return published.Exists && published.Length == known.Length && published.LastWriteTimeUtc.Ticks == known.ModifiedTicks;
        });
    }

    /// <summary>What the manifest says of the published <paramref name="sitePath"/> (one it has).</summary>
    public ManifestEntry EntryOf(string sitePath) => _entries[sitePath];

    /// <summary>Writes the manifest of a release's files for the site in <paramref name="outputDir"/> (atomically).</summary>
    public static void Write(string outputDir, IEnumerable<KeyValuePair<string, ManifestEntry>> files) =>
        ManifestFile.Write(CacheFolder.ManifestOf(outputDir), files);
}
