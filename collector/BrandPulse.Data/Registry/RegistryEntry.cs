namespace BrandPulse.Data.Registry;

/// <summary>
/// One brand in the committed registry: its slug, display name, industry, accounts per channel and whether Ley 10/2025
/// covers it (<see cref="Model.LawScopes"/>; "unknown" when the registry has no <c>law_scope</c> column or leaves it empty).
/// </summary>
public sealed record RegistryEntry(string Slug, string Name, string? Industry, IReadOnlyList<(string Channel, string Handle)> Accounts, int Line,
    string LawScope = Model.LawScopes.Unknown);
