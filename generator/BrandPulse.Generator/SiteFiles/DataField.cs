namespace BrandPulse.Generator.SiteFiles;

/// <summary>A column of <c>rankings.csv</c> as the data package and the data dictionary describe it (Frictionless types).</summary>
public sealed record DataField(string Name, string Type, string Description, IReadOnlyList<string>? Values = null);
