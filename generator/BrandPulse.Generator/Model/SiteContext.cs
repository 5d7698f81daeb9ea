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

    public const string DefaultBaseUrl = "https://brandpulse.example.org/";
    public const string CurrentMethodologyVersion = "2.0";

    public string Url(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
