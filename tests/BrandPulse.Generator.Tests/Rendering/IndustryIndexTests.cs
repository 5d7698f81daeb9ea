using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.Stages;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Rendering;

/// <summary>Issue 12: the industries grouped once per build live in the build's context, not in static fields.</summary>
public sealed class IndustryIndexTests
{
    [Fact]
    public void A_models_industries_are_grouped_once_per_context_and_a_new_context_groups_them_anew()
    {
        // Given the demo's model and two contexts (two builds in one process)
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        SiteModel model = ComputeFigures.From(ReadSnapshot.From(db));
        SiteContext first = Context(), second = Context();

        // When both ask for the model's industries and a brand's industry
        IReadOnlyList<Industry> once = IndustryIndex.Of(model, first);
        int held = first.Memo.Count;
        IReadOnlyList<Industry> again = IndustryIndex.Of(model, first.In(BrandPulse.Statistics.SiteLanguage.Spanish));
        IReadOnlyList<Industry> other = IndustryIndex.Of(model, second);
        Data.Model.Brand apple = model.Brands.Single(b => b.Brand.Slug == "apple").Brand;

        // Then one context (and those made from it) groups them once; another context holds its own, equal grouping
        Assert.Same(once, again);
        Assert.NotSame(once, other);
        Assert.Equal(once.Select(i => (i.Slug, i.Name, i.Brands.Count)), other.Select(i => (i.Slug, i.Name, i.Brands.Count)));
        Assert.True(held > 0);
        Assert.Equal(Industries.SlugOf(apple), IndustryIndex.SlugOf(apple, second));
        Assert.Equal(Industries.NameOf(apple), IndustryIndex.NameOf(apple, second));
        Assert.Equal(0, Context().Memo.Count);
    }

    private static SiteContext Context() => new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);
}
