namespace BrandPulse.Statistics;

/// <summary>
/// A language the site is published in. It selects how <see cref="Units"/> writes figures and dates; it is never
/// looked up from the machine's culture, so every build writes the same bytes.
/// </summary>
public enum SiteLanguage
{
    /// <summary>English, at the site's original addresses: "1.5 min", "31,052", "82%", "4 Dec 2026".</summary>
    English,

    /// <summary>Spanish (Spain), under <c>es/</c>: "1,5 min", "31 052", "82 %", "4 de diciembre de 2026".</summary>
    Spanish,
}
