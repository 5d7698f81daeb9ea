using System.Security.Cryptography;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.Publishing;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Stages;

/// <summary>The render stage for HTML: every page from the model, through Razor components, on every core.</summary>
public static class RenderPages
{
    /// <summary>
    /// Renders and writes every page; keeps their paths for the sitemap, and the pages published in every language
    /// (<see cref="BilingualPages"/>) in the publication, for the stages after (charts, sitemap).
    /// </summary>
    /// <remarks>
    /// A brand's page whose inputs did not change since the last build (<see cref="BrandPageKeys"/>), or a page listing
    /// many brands none of whose rows changed (<see cref="AggregatePageKeys"/>), whose published file is intact is linked
    /// from the published site rather than rendered (<see cref="KeptFiles"/>); an edition's build renders every page.
    /// </remarks>
    public static async Task RunAsync(BuildState state)
    {
        state.Context = BilingualPages.Translating(state.Context, new PageInputs(state.Model, state.ChartModels, state.Campaigns));
        SiteContext context = state.Context with { DataStartMs = state.Model.PeriodStartMs, DataEndMs = state.Model.PeriodEndMs };
        KeptFiles? cache = state.Options.Edition is null ? KeptFiles.Beside(state.Options.OutputDir, "pages") : null;
        IReadOnlyList<PageJob> jobs = Jobs(state.Model, state.Content, state.ChartModels, context, state.Campaigns,
            cache is null ? null : BrandPageKeys.For(state.Plan.Keys, state.ChartKeys, state.Campaigns),
            cache is null ? null : new AggregatePageKeys(state.ChannelDigests, state.Model));
        var reused = new List<(string Path, string Hash)>();
        List<PageJob> render = cache?.ToRender(jobs, j => j.Path, j => j.CacheKey, state.Published, reused) ?? [.. jobs];
        (IReadOnlyList<PageJob> patched, OutputFile[] patches) = cache is null ? ([], []) : Patched(render, cache, state.Published);
        var patchedJobs = new HashSet<PageJob>(patched, ReferenceEqualityComparer.Instance);
        render = [.. render.Where(j => !patchedJobs.Contains(j))];
        IReadOnlyList<OutputFile> pages = [.. await PageJobs.RenderAsync(render), .. patches];
        render.AddRange(patched);
        state.Write(pages);
        state.Keep(reused);
        if (cache is not null)
        {
            Parallel.For(0, render.Count, i =>
            {
                if (render[i].CacheKey is { } key)
                {
                    cache.Rendered(render[i].Path, key, pages[i].Bytes);
                }
            });
            cache.Save();
        }

        state.PageCount = jobs.Count;
        state.ReusedPages = [.. reused.Select(r => r.Path)];
        state.PatchedPages = patched.Count;
        state.PagePaths = [.. jobs.Select(j => new OutputFile(j.Path, []))];
    }

    /// <summary>
    /// Of the pages to render, those made instead from their published bytes (<see cref="PageJob.Patch"/>: a brand page
    /// whose only change is its rank), with the files made; a page whose published bytes are not those it was
    /// rendered as, or that cannot be patched, is rendered.
    /// </summary>
    private static (IReadOnlyList<PageJob> Jobs, OutputFile[] Files) Patched(List<PageJob> render, KeptFiles cache, PublishedManifest published)
    {
        PageJob[] candidates = [.. render.Where(j => j.Patch is not null && j.CacheKey is not null)];
        OutputFile?[] files = OnAllCores.Select(candidates, job =>
        {
            if (!cache.CanPatch(job.Path, job.CacheKey!, published, out string hash))
            {
                return null;
            }

            byte[] bytes = File.ReadAllBytes(published.PathOf(job.Path));
            return Convert.ToHexStringLower(SHA256.HashData(bytes)) == hash && job.Patch!(bytes) is { } page ? new OutputFile(job.Path, page) : null;
        });
        return ([.. candidates.Where((_, i) => files[i] is not null)], [.. files.OfType<OutputFile>()]);
    }

    public static Task<IReadOnlyList<OutputFile>> AllAsync(SiteModel model, IReadOnlyList<ContentPage> content,
        IReadOnlyDictionary<string, WaitChartModel> charts, SiteContext context, IReadOnlyList<CampaignView>? campaigns = null) =>
        PageJobs.RenderAsync(Jobs(model, content, charts, context, campaigns));

    /// <summary>
    /// Every page, in the order the files are listed: English, then Spanish. The publication's pages in every language
    /// are completed with those of <see cref="BilingualPages"/> first, so links and switches know them.
    /// </summary>
    /// <param name="brandPageKeys">The key of each brand's page in a language (<see cref="BrandPageKeys"/>), for an incremental build.</param>
    /// <param name="pageKeys">The keys of the pages that list many brands (<see cref="AggregatePageKeys"/>), for an incremental build.</param>
    public static IReadOnlyList<PageJob> Jobs(SiteModel model, IReadOnlyList<ContentPage> content,
        IReadOnlyDictionary<string, WaitChartModel> charts, SiteContext context, IReadOnlyList<CampaignView>? campaigns = null,
        Func<BrandFigures, SiteContext, string?>? brandPageKeys = null, AggregatePageKeys? pageKeys = null)
    {
        campaigns ??= [];
        var inputs = new PageInputs(model, charts, campaigns) { BrandPageKey = brandPageKeys, PageKeys = pageKeys };
        context = BilingualPages.Translating(context, inputs);
        var jobs = new List<PageJob>
        {
            PageJob.Of<EditionsPage>("editions/index.html", new Dictionary<string, object?>
            {
                [nameof(EditionsPage.Context)] = context,
            }),
        };

        HashSet<string> live = model.Brands.Select(b => b.Brand.Slug).ToHashSet(StringComparer.Ordinal);
        foreach ((string alias, string slug) in model.Aliases.Where(a => live.Contains(a.Slug) && !live.Contains(a.Alias)))
        {
            jobs.Add(PageJob.Of<RedirectPage>($"brands/{alias}/index.html", new Dictionary<string, object?>
            {
                [nameof(RedirectPage.Slug)] = slug,
            }));
        }

        foreach (ContentPage page in content.Where(p => p.Language == SiteLanguage.English))
        {
            jobs.Add(PageJob.Of<ProsePage>($"{page.Slug}/index.html", new Dictionary<string, object?>
            {
                [nameof(ProsePage.Title)] = page.Title,
                [nameof(ProsePage.Html)] = page.Html,
                [nameof(ProsePage.Context)] = context,
                [nameof(ProsePage.Path)] = $"{page.Slug}/index.html",
                [nameof(ProsePage.Head)] = page.Slug == "data" ? DatasetHead(model, context) : null,
            }));
        }

        jobs.AddRange(BilingualPages.Jobs(inputs, context));
        jobs.AddRange(SectionPages.Jobs(model, context));
        jobs.AddRange(SpanishPages.Jobs(model, content, context.In(SiteLanguage.Spanish)));
        jobs.AddRange(BilingualPages.Jobs(inputs, context.In(SiteLanguage.Spanish)));
        return jobs;
    }

    /// <summary>schema.org Dataset metadata for the page that lists the downloads.</summary>
    public static RenderFragment DatasetHead(SiteModel model, SiteContext context) => builder =>
    {
        builder.OpenComponent<DatasetMetadata>(0);
        builder.AddComponentParameter(1, nameof(DatasetMetadata.Model), model);
        builder.AddComponentParameter(2, nameof(DatasetMetadata.Context), context);
        builder.CloseComponent();
    };
}
