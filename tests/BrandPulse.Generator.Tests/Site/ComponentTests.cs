using System.Text.Json;
using AngleSharp.Html.Parser;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Tests.SiteFiles;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>The components other pages place (badge embed, citation, dataset metadata), rendered on their own.</summary>
[Collection(nameof(BuiltSites))]
public sealed class ComponentTests(BuiltSites sites)
{
    private static readonly SiteContext s_context = SiteFilesTests.Context();

    [Fact]
    public async Task Badge_embed_shows_escaped_HTML_with_absolute_live_addresses()
    {
        // Given a brand with a hostile name, on an edition's page
        BrandFigures brand = sites.HostileModel.Brands.Single(b => b.Brand.Slug == BuiltSites.HostileSlug);
        await using var renderer = new PageRenderer();

        // When the embed block is rendered
        string html = await renderer.RenderAsync<BadgeEmbed>(new Dictionary<string, object?>
        {
            ["Brand"] = brand,
            ["Context"] = s_context with { Edition = "2026-11-25" },
        });

        // Then the snippet is text (one code element, no live markup) pointing at the live badge
        var doc = new HtmlParser().ParseDocument(html);
        string snippet = doc.QuerySelector("pre code")!.TextContent;
        Assert.StartsWith("<a href=\"https://brandpulse.example.org/brands/hostile/\"><img src=\"https://brandpulse.example.org/brands/hostile/badge.svg\"", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Equal("../../brands/hostile/badge.svg", doc.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public async Task Cite_this_gives_the_permanent_address_methodology_and_edition()
    {
        await using var renderer = new PageRenderer();

        string html = await renderer.RenderAsync<CiteThis>(new Dictionary<string, object?>
        {
            ["Title"] = "How fast Apple answers complaints",
            ["Path"] = "brands/apple/index.html",
            ["Context"] = s_context with { Edition = "2026-11-25" },
        });

        var doc = new HtmlParser().ParseDocument(html);
        string text = doc.QuerySelector("#cite-text")!.TextContent;
        Assert.StartsWith("BrandPulse (2026). ", text, StringComparison.Ordinal);
        Assert.Contains("methodology version " + SiteContext.CurrentMethodologyVersion, text, StringComparison.Ordinal);
        Assert.Contains("Edition of 2026-11-25", text, StringComparison.Ordinal);
        Assert.Contains("https://brandpulse.example.org/editions/2026-11-25/brands/apple/", text, StringComparison.Ordinal);
        Assert.Contains("@misc{brandpulse-brands-apple-2026-11-25,", doc.QuerySelector("pre code")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("  year = {2026},", doc.QuerySelector("pre code")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("button.copy[data-copy=cite-text]"));
        Assert.Equal("/editions/", doc.QuerySelector(".cite .meta a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Issue15_a_live_page_cites_the_latest_published_edition_with_its_year()
    {
        await using var renderer = new PageRenderer();

        string html = await renderer.RenderAsync<CiteThis>(new Dictionary<string, object?>
        {
            ["Title"] = "How fast Apple answers complaints",
            ["Path"] = "brands/apple/index.html",
            ["Context"] = s_context with { PublishedEditions = ["2025-06-30", "2026-11-25"] },
        });

        var doc = new HtmlParser().ParseDocument(html);
        string text = doc.QuerySelector("#cite-text")!.TextContent;
        Assert.StartsWith("BrandPulse (2026). ", text, StringComparison.Ordinal);
        Assert.EndsWith("https://brandpulse.example.org/editions/2026-11-25/brands/apple/", text, StringComparison.Ordinal);
        Assert.Contains("/editions/2026-11-25/", doc.QuerySelector(".cite .meta a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dataset_metadata_is_schema_org_JSON_that_cannot_close_its_script()
    {
        // Given the model of the hostile site
        SiteModel model = sites.HostileModel;
        await using var renderer = new PageRenderer();

        string html = await renderer.RenderAsync<DatasetMetadata>(new Dictionary<string, object?> { ["Model"] = model, ["Context"] = s_context });

        var doc = new HtmlParser().ParseDocument(html);
        string json = doc.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using JsonDocument parsed = JsonDocument.Parse(json);
        Assert.Equal("Dataset", parsed.RootElement.GetProperty("@type").GetString());
        Assert.Equal(2, parsed.RootElement.GetProperty("distribution").GetArrayLength());
        Assert.Equal("2026-01-05/2026-01-12", parsed.RootElement.GetProperty("temporalCoverage").GetString());
    }
}
