using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BrandPulse.Data.Registry;

/// <summary>
/// Turns a brand name into the slug of its address. A slug is assigned once and stored, never recomputed:
/// this is only used for a brand that has none yet.
/// </summary>
public static class Slugs
{
    /// <summary>Names that brand slugs never take, so a brand cannot shadow a site path.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "index", "data", "assets", "brands", "brand", "channels", "channel", "industries", "industry", "editions",
        "methodology", "about", "privacy", "corrections", "compare", "search", "feed", "sitemap", "robots", "404",
        "badge", "badges", "charts", "api", "new", "edit", "all", "unknown",
    };

    /// <summary>The readable base of a slug: lower-case ASCII letters and digits separated by single hyphens.</summary>
    public static string Base(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (char ch in name)
        {
            folded.Append(LatinFold.Fold(ch));
        }

        var sb = new StringBuilder(folded.Length);
        bool hyphen = false;
        foreach (char c in folded.ToString())
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            char lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(lower);
                hyphen = false;
            }
            else if (c == '&')
            {
                if (sb.Length > 0 && !hyphen)
                {
                    sb.Append('-');
                }

                sb.Append("and-");
                hyphen = true;
            }
            else if (sb.Length > 0 && !hyphen)
            {
                sb.Append('-');
                hyphen = true;
            }

            if (sb.Length >= 60)
            {
                break;
            }
        }

        string slug = sb.ToString().Trim('-');
        if (slug.Length == 0)
        {
            // No Latin letters or digits (e.g. a name in Cyrillic or Japanese): a stable code from the name itself.
            byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim()));
            slug = "brand-" + Convert.ToHexStringLower(hash)[..8];
        }

        return Reserved.Contains(slug) ? slug + "-brand" : slug;
    }

    /// <summary>The first of base, base-2, base-3, ... that <paramref name="taken"/> does not hold.</summary>
    public static string Unique(string name, Func<string, bool> taken)
    {
        string slugBase = Base(name);
        string candidate = slugBase;
        for (int n = 2; taken(candidate); n++)
        {
            candidate = $"{slugBase}-{n}";
        }

        return candidate;
    }
}
