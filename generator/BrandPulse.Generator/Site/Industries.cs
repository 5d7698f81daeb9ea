using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Site;

/// <summary>One industry and its brands, with the slug of its page (<c>industries/SLUG/</c>).</summary>
public sealed record Industry(string Slug, string Name, IReadOnlyList<BrandFigures> Brands);

/// <summary>Brands grouped by industry, alphabetically; brands without one are grouped last as "Unknown industry".</summary>
public static class Industries
{
    public const string UnknownSlug = "unknown";
    public const string UnknownName = "Unknown industry";

    public static IReadOnlyList<Industry> Of(SiteModel model) => model.Brands
        .GroupBy(b => SlugOf(b.Brand))
        .Select(g => new Industry(g.Key, NameOf(g.First().Brand), g.ToList()))
        .OrderBy(i => i.Slug == UnknownSlug)
        .ThenBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Slug, StringComparer.Ordinal)
        .ToList();

    public static string SlugOf(Brand brand) =>
        string.IsNullOrWhiteSpace(brand.Industry) || Slugs.Base(brand.Industry) is not { Length: > 0 } slug ? UnknownSlug : slug;

    public static string NameOf(Brand brand) => string.IsNullOrWhiteSpace(brand.Industry) ? UnknownName : brand.Industry.Trim();
}
