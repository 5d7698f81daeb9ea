namespace BrandPulse.Data.Model;

/// <summary>A brand as stored: its slug is its address and never changes.</summary>
public sealed record Brand(long Id, string Slug, string DisplayName, string? Industry, string Origin, long? MergedInto);

/// <summary>An account on a channel that belongs to a brand (e.g. twitter/AppleSupport belongs to Apple).</summary>
public sealed record BrandAccount(string Channel, string AccountKey, string Handle, long BrandId);

/// <summary>Where a brand came from.</summary>
public static class BrandOrigins
{
    public const string Registry = "registry";
    public const string Import = "import";
    public const string Manual = "manual";
}
