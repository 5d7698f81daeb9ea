namespace BrandPulse.Generator.SiteFiles;

/// <summary>One line of a social card: a label, a value, a bar (0..1, or null for none) and an optional note.</summary>
public sealed record PreviewRow(string Label, string Value, double? Bar, string? Note);

/// <summary>What a social card (1200×630 PNG) shows: a title, a subtitle, up to five rows and a footer.</summary>
public sealed record PreviewCard(string Title, string Subtitle, IReadOnlyList<PreviewRow> Rows, string Footer);
