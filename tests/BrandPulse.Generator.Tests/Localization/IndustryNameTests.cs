using BrandPulse.Data.Import;
using BrandPulse.Data.Registry;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Tests.Site;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Localization;

/// <summary>
/// Industry names come from the brand registry (data, in English); Spanish pages show them translated through the
/// strings <c>industry.name.SLUG</c>, while slugs and downloads keep the stored value.
/// </summary>
[Collection(nameof(BuiltSites))]
public sealed class IndustryNameTests(BuiltSites sites)
{
    /// <summary>The industries of the benchmark's synthetic registry (bench/BrandPulse.Bench/Synth/SynthBrand.cs), built into W1/W2 sites.</summary>
    private static readonly string[] s_benchIndustries =
        ["Telecoms", "Banking", "Travel & transport", "Utilities", "Retail", "Media & streaming", "Insurance", "Technology"];

    public static TheoryData<string> RegistryIndustries()
    {
        var issues = new List<ImportIssue>();
        IEnumerable<string> demo = RegistryFile.Read(RepoPaths.Data("brands.csv"), issues)
            .Select(e => e.Industry).OfType<string>().Where(i => i.Trim().Length > 0);
        Assert.Empty(issues);
        return [.. demo.Concat(s_benchIndustries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(RegistryIndustries))]
    public void Every_registry_industry_has_a_spanish_name_and_its_english_key_is_the_stored_name(string industry)
    {
        // Given the committed strings
        IReadOnlyDictionary<SiteLanguage, Strings> strings = SiteText.Load(RepoPaths.Site);
        string key = PageText.IndustryKey(Slugs.Base(industry));

        // Then English lists the name as stored and Spanish has its own, different one
        Assert.True(strings[SiteLanguage.English].Values.TryGetValue(key, out string? english), $"en.txt has no {key} for \"{industry}\"");
        Assert.Equal(industry, english);
        Assert.True(strings[SiteLanguage.Spanish].Values.TryGetValue(key, out string? spanish), $"es.txt has no {key} for \"{industry}\"");
        Assert.NotEqual(industry, spanish);
    }

    [Fact]
    public void The_spanish_industry_page_keeps_its_slug_and_shows_the_spanish_name()
    {
        var es = Tests.Site.Pages.Parse(Path.Combine(sites.Demo, "es", "industries", "technology", "index.html"));
        var en = Tests.Site.Pages.Parse(Path.Combine(sites.Demo, "industries", "technology", "index.html"));

        Assert.Equal("Tecnología", es.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("Tecnología", es.Title, StringComparison.Ordinal);
        Assert.Contains("del sector Tecnología", es.QuerySelector("meta[name=description]")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("Technology", en.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Technology", es.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spanish_brand_page_and_lists_show_the_spanish_industry_name()
    {
        var brand = Tests.Site.Pages.Parse(Path.Combine(sites.Demo, "es", "brands", "apple", "index.html"));
        var industries = Tests.Site.Pages.Parse(Path.Combine(sites.Demo, "es", "industries", "index.html"));
        var channel = Tests.Site.Pages.Parse(Path.Combine(sites.Demo, "es", "channels", "twitter", "index.html"));

        Assert.Contains("Sector: Tecnología", brand.QuerySelector("p.meta")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tecnología", industries.QuerySelector("a[href$='industries/technology/']")?.TextContent);
        Assert.Contains(channel.QuerySelectorAll("option"), o => o.GetAttribute("value") == "technology" && o.TextContent == "Tecnología");
        Assert.DoesNotContain(channel.QuerySelectorAll("option"), o => o.TextContent is "Technology" or "Telecoms" or "Travel & transport");
    }

    [Fact]
    public void Spanish_pages_list_industries_in_the_alphabetical_order_of_their_spanish_names()
    {
        var es = Tests.Site.Pages.Parse(Path.Combine(sites.Demo, "es", "industries", "index.html"));
        var en = Tests.Site.Pages.Parse(Path.Combine(sites.Demo, "industries", "index.html"));

        // (English: Banking & finance, Games, Logistics, ...; "Videojuegos" moves from second to last in Spanish)
        Assert.Equal(
            ["Banca y finanzas", "Comercio minorista", "Logística", "Medios y streaming", "Tecnología", "Telecomunicaciones", "Viajes y transporte", "Videojuegos"],
            es.QuerySelectorAll("tbody th a").Select(a => a.TextContent));
        Assert.Equal(
            ["Banking & finance", "Games", "Logistics", "Media & streaming", "Retail", "Technology", "Telecoms", "Travel & transport"],
            en.QuerySelectorAll("tbody th a").Select(a => a.TextContent));
    }

    [Fact]
    public void Downloads_keep_the_stored_industry()
    {
        string csv = File.ReadAllText(Path.Combine(sites.Demo, "data", "rankings.csv"));

        Assert.Contains(",Technology,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Tecnología", csv, StringComparison.Ordinal);
    }
}
