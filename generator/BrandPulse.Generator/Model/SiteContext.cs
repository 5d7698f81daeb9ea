namespace BrandPulse.Generator.Model;

/// <summary>
/// Facts about the publication rather than the data: the public base URL (for permanent links, feeds, sitemaps),
/// the methodology version, the edition being built. Never the clock: builds are deterministic.
/// </summary>
public sealed record SiteContext(string BaseUrl, string MethodologyVersion, string? Edition, string SiteDir,
    IReadOnlyList<string>? PublishedEditions = null)
{
    /// <summary>Every published edition (dates, oldest first), including the one being built.</summary>
    public IReadOnlyList<string> Editions => PublishedEditions ?? [];

    /// <summary>The complaints the site's figures come from (Unix ms, first and last made); 0 and 0 when not known.</summary>
    public long DataStartMs { get; init; }

    /// <summary>See <see cref="DataStartMs"/>.</summary>
    public long DataEndMs { get; init; }

    /// <summary>The edition a citation of this build points at: the one built, else the latest published; null when none.</summary>
    public string? CitedEdition => Edition ?? (Editions.Count > 0 ? Editions[^1] : null);

    public const string DefaultBaseUrl = "https://brandpulse.example.org/";
    public const string CurrentMethodologyVersion = "1.0";

    public string Url(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
