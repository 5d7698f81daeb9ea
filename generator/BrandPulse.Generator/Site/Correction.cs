namespace BrandPulse.Generator.Site;

/// <summary>
/// One entry of the corrections log (<c>site/content/corrections.csv</c>): the date it was published (yyyy-MM-dd),
/// the brand it concerns (a slug, or empty for the whole site), and what was corrected. <see cref="Number"/> is its
/// position in the file, counted from 1: the log is only appended to, so it identifies the entry for good.
/// </summary>
public sealed record Correction(int Number, string Date, string? BrandSlug, string Summary);
