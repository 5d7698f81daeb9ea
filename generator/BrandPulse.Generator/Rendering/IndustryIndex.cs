using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// <see cref="Industries"/> for pages that ask the same question thousands of times (a row per brand, on every
/// ordering of every channel table): the industries of a model grouped once, a brand's industry slug and name
/// worked out once per industry text.
/// </summary>
public static class IndustryIndex
{
    private static readonly ConditionalWeakTable<SiteModel, IReadOnlyList<Industry>> s_industries = [];
    private static readonly ConcurrentDictionary<string, (string Slug, string Name)> s_names = new(StringComparer.Ordinal);

    /// <summary>As <see cref="Industries.Of"/>, grouped once per model.</summary>
    public static IReadOnlyList<Industry> Of(SiteModel model) => s_industries.GetValue(model, Industries.Of);

    /// <summary>As <see cref="Industries.SlugOf"/>.</summary>
    public static string SlugOf(Brand brand) => Names(brand).Slug;

    /// <summary>As <see cref="Industries.NameOf"/>.</summary>
    public static string NameOf(Brand brand) => Names(brand).Name;

    private static (string Slug, string Name) Names(Brand brand) =>
        brand.Industry is null
            ? (Industries.SlugOf(brand), Industries.NameOf(brand))
            : s_names.GetOrAdd(brand.Industry, static (_, b) => (Industries.SlugOf(b), Industries.NameOf(b)), brand);
}
