namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The folder beside a site (<c>_site.cache/</c>) that keeps what later builds reuse: which brand pages, charts and
/// preview images were rendered from what (<see cref="Incremental.KeptFiles"/>), brand figures (<see cref="Incremental.BrandCacheStore"/>) and the manifest of
/// the published files (<see cref="PublishedManifest"/>). Deleting it is always safe: the next build is then a full one.
/// </summary>
public static class CacheFolder
{
    /// <summary>The cache folder of the site in <paramref name="outputDir"/>.</summary>
    public static string Beside(string outputDir) => Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + ".cache";

    /// <summary>Where the manifest of the site in <paramref name="outputDir"/> is kept.</summary>
    public static string ManifestOf(string outputDir) => Path.Combine(Beside(outputDir), "manifest.tsv");

    /// <summary>Where each brand's computed figures are kept.</summary>
    public static string BrandsOf(string outputDir) => Path.Combine(Beside(outputDir), "brands");
}
