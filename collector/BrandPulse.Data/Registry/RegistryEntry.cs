namespace BrandPulse.Data.Registry;

/// <summary>One brand in the committed registry: its slug, display name, industry and accounts per channel.</summary>
public sealed record RegistryEntry(string Slug, string Name, string? Industry, IReadOnlyList<(string Channel, string Handle)> Accounts, int Line);
