using System.Runtime.CompilerServices;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// <see cref="Industries"/> for pages that ask the same question thousands of times (a row per brand, on every
/// ordering of every channel table): the industries of a model grouped once, a brand's industry slug and name
/// worked out once per industry text. Held by the build's context (<see cref="ContextMemo"/>), not in static fields.
/// </summary>
public static class IndustryIndex
{
    /// <summary>As <see cref="Industries.Of"/>, grouped once per model and publication.</summary>
    public static IReadOnlyList<Industry> Of(SiteModel model, SiteContext context) =>
        context.Memo.Get("industries", new SameObject(model), () => Industries.Of(model));

    /// <summary>As <see cref="Industries.SlugOf"/>.</summary>
    public static string SlugOf(Brand brand, SiteContext context) => Names(brand, context).Slug;

    /// <summary>As <see cref="Industries.NameOf"/>.</summary>
    public static string NameOf(Brand brand, SiteContext context) => Names(brand, context).Name;

    private static (string Slug, string Name) Names(Brand brand, SiteContext context) =>
        brand.Industry is null
            ? (Industries.SlugOf(brand), Industries.NameOf(brand))
            : context.Memo.Get("industry-names", brand.Industry, () => (Industries.SlugOf(brand), Industries.NameOf(brand)));

    /// <summary>A memo key that is one object itself (not whatever equals it).</summary>
    private sealed class SameObject(object target)
    {
        private readonly object _target = target;

        public override bool Equals(object? obj) => obj is SameObject other && ReferenceEquals(other._target, _target);

        public override int GetHashCode() => RuntimeHelpers.GetHashCode(_target);
    }
}
