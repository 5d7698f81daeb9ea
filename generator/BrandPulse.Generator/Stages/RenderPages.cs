using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using BrandPulse.Generator.Rendering;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Stages;

/// <summary>The render stage for HTML: every page from the model, through Razor components.</summary>
public static class RenderPages
{
    public static async Task<IReadOnlyList<OutputFile>> AllAsync(SiteModel model, IReadOnlyList<ContentPage> content,
        IReadOnlyDictionary<string, WaitChartModel> charts, SiteContext context)
    {
        await using var renderer = new PageRenderer();
        var files = new List<OutputFile>
        {
            Html("index.html", await renderer.RenderUtf8Async<HomePage>(new Dictionary<string, object?>
            {
                [nameof(HomePage.Model)] = model,
                [nameof(HomePage.Root)] = "",
                [nameof(HomePage.Context)] = context,
            })),
            Html("editions/index.html", await renderer.RenderUtf8Async<EditionsPage>(new Dictionary<string, object?>
            {
                [nameof(EditionsPage.Context)] = context,
            })),
            Html("brands/index.html", await renderer.RenderUtf8Async<BrandsIndexPage>(new Dictionary<string, object?>
            {
                [nameof(BrandsIndexPage.Model)] = model,
                [nameof(BrandsIndexPage.Site)] = context,
            })),
        };

        files.AddRange(await BrandPagesAsync(model, charts, context));

        HashSet<string> live = model.Brands.Select(b => b.Brand.Slug).ToHashSet(StringComparer.Ordinal);
        foreach ((string alias, string slug) in model.Aliases.Where(a => live.Contains(a.Slug) && !live.Contains(a.Alias)))
        {
            files.Add(Html($"brands/{alias}/index.html", await renderer.RenderUtf8Async<RedirectPage>(new Dictionary<string, object?>
            {
                [nameof(RedirectPage.Slug)] = slug,
            })));
        }

        foreach (ContentPage page in content)
        {
            files.Add(Html($"{page.Slug}/index.html", await renderer.RenderUtf8Async<ProsePage>(new Dictionary<string, object?>
            {
                [nameof(ProsePage.Title)] = page.Title,
                [nameof(ProsePage.Html)] = page.Html,
                [nameof(ProsePage.Site)] = context,
                [nameof(ProsePage.Path)] = $"{page.Slug}/index.html",
                [nameof(ProsePage.Head)] = page.Slug == "data" ? DatasetHead(model, context) : null,
            })));
        }

        files.AddRange(await RenderMorePages.AllAsync(renderer, model, context));
        return files;
    }

    /// <summary>schema.org Dataset metadata for the page that lists the downloads.</summary>
    private static RenderFragment DatasetHead(SiteModel model, SiteContext context) => builder =>
    {
        builder.OpenComponent<DatasetMetadata>(0);
        builder.AddComponentParameter(1, nameof(DatasetMetadata.Model), model);
        builder.AddComponentParameter(2, nameof(DatasetMetadata.Site), context);
        builder.CloseComponent();
    };

    /// <summary>
    /// The brand pages, the bulk of the site: rendered on every core, each worker with its own renderer (a renderer
    /// has its own dispatcher), and returned in the model's order so the output never depends on scheduling.
    /// </summary>
    private static async Task<IReadOnlyList<OutputFile>> BrandPagesAsync(SiteModel model,
        IReadOnlyDictionary<string, WaitChartModel> charts, SiteContext context)
    {
        var pages = new OutputFile[model.Brands.Count];
        int workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, model.Brands.Count / 16));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            await using var renderer = new PageRenderer();
            for (int i = worker; i < pages.Length; i += workers)
            {
                BrandFigures brand = model.Brands[i];
                pages[i] = Html($"brands/{brand.Brand.Slug}/index.html", await renderer.RenderUtf8Async<BrandPage>(new Dictionary<string, object?>
                {
                    [nameof(BrandPage.Brand)] = brand,
                    [nameof(BrandPage.Chart)] = charts.GetValueOrDefault(brand.Brand.Slug),
                    [nameof(BrandPage.Context)] = context,
                }));
            }
        })));
        return pages;
    }

    private static OutputFile Html(string path, byte[] html) => new(path, html);
}
