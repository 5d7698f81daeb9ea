using System.Globalization;

namespace BrandPulse.Generator.Site;

/// <summary>Counted nouns for running text: "1 brand", "31 brands", "1,204 complaints".</summary>
public static class CountedNoun
{
    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");
}
