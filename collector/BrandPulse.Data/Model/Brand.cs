namespace BrandPulse.Data.Model;

/// <summary>A brand as stored: its slug is its address and never changes.</summary>
public sealed record Brand(long Id, string Slug, string DisplayName, string? Industry, string Origin, long? MergedInto)
{
    /// <summary>
    /// Whether Spain's customer-service law (Ley 10/2025) covers the brand, as far as the registry knows (one of
    /// <see cref="LawScopes"/>): read with the snapshot (schema v6), "unknown" otherwise.
    /// </summary>
    public string LawScope { get; init; } = LawScopes.Unknown;
}

/// <summary>The values of <c>brand.law_scope</c> (and of the registry's <c>law_scope</c> column).</summary>
public static class LawScopes
{
    public const string BasicService = "basic_service";
    public const string LargeCompany = "large_company";
    public const string NotCovered = "not_covered";
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> All { get; } = [BasicService, LargeCompany, NotCovered, Unknown];
}

/// <summary>An account on a channel that belongs to a brand (e.g. twitter/AppleSupport belongs to Apple).</summary>
public sealed record BrandAccount(string Channel, string AccountKey, string Handle, long BrandId);

/// <summary>Where a brand came from.</summary>
public static class BrandOrigins
{
    public const string Registry = "registry";
    public const string Import = "import";
    public const string Manual = "manual";
}
