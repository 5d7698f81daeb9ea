using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The pages built from the data that are published in every language: English at the site's addresses, Spanish at the
/// same paths under <c>es/</c>. Each kind of page is one <see cref="PageSource"/> in <see cref="All"/>, which yields the
/// kind's jobs in the language of the context it is given; the build renders <see cref="All"/> once per language, and
/// the English paths they yield are what <see cref="SiteContext.TranslatedPaths"/> adds for the language switches,
/// hreflang alternates, the sitemap and the links of translated pages (<see cref="Translating"/>).
/// <para>
/// To publish another kind of page in Spanish: write its jobs as a <see cref="PageSource"/> (paths and roots through
/// <see cref="Job{TPage}"/>, every word from <c>Context.Text</c>), add it to <see cref="All"/> (one line), and drop the
/// English-only job it replaces.
/// </para>
/// </summary>
public static class BilingualPages
{
    /// <summary>The jobs of one kind of page, in the language of <paramref name="context"/>.</summary>
    public delegate IEnumerable<PageJob> PageSource(PageInputs inputs, SiteContext context);

    // Rough relative cost of a page, for scheduling only (a brand page is 2): the pages with 1,000-row tables go first.
    private const int HomeWeight = 100, BrandsIndexWeight = 25;

    /// <summary>Every kind of page published in both languages.</summary>
    public static IReadOnlyList<PageSource> All { get; } =
    [
        Home,                        // index.html
        BrandsIndex,                 // brands/index.html
        SectionPages.ChannelJobs,    // channels/index.html, channels/CHANNEL/ (every ordering)
        SectionPages.IndustryJobs,   // industries/index.html, industries/SLUG/index.html
        Compare,                     // compare/index.html
        BrandPageJobs.Brands,        // brands/SLUG/index.html
        BrandPageJobs.Scoreboard,    // ley-10-2025/index.html
        CampaignPages.Jobs,          // campaigns/index.html, campaigns/SLUG/index.html
    ];

    /// <summary>Every page of <see cref="All"/> in the language of <paramref name="context"/>.</summary>
    public static IEnumerable<PageJob> Jobs(PageInputs inputs, SiteContext context) => All.SelectMany(source => source(inputs, context));

    /// <summary>The English paths of the pages of <see cref="All"/> (canonical ones: not the other orderings of a table).</summary>
    public static IEnumerable<string> ReferencePaths(PageInputs inputs, SiteContext context) =>
        Jobs(inputs, context.In(Strings.Reference)).Select(j => j.Path).Where(p => !SectionPages.IsVariant(p));

    /// <summary>The publication with the pages of <see cref="All"/> added to the pages that exist in every language.</summary>
    public static SiteContext Translating(SiteContext context, PageInputs inputs)
    {
        var paths = new HashSet<string>(context.TranslatedPaths, StringComparer.Ordinal);
        int before = paths.Count;
        paths.UnionWith(ReferencePaths(inputs with { BrandPageKey = null, PageKeys = null }, context));
        return paths.Count == before && context.Translated is not null ? context : context with { Translated = paths };
    }

    /// <summary>
    /// The job of page <typeparamref name="TPage"/> at the English path <paramref name="referencePath"/>, in the language
    /// of <paramref name="context"/>: its path in that language, and the page's <c>Context</c> and <c>Root</c> (the
    /// relative path back to the site root) set; every such page component has these two parameters.
    /// </summary>
    public static PageJob Job<TPage>(SiteContext context, string referencePath, Dictionary<string, object?> parameters, int weight = 1)
        where TPage : IComponent
    {
        string path = context.PagePath(referencePath);
        parameters["Context"] = context;
        parameters["Root"] = RootOf(path);
        return PageJob.Of<TPage>(path, parameters, weight);
    }

    /// <summary>The relative path from a page to the site root: "" for "index.html", "../../" for "es/brands/index.html".</summary>
    public static string RootOf(string sitePath) => string.Concat(Enumerable.Repeat("../", sitePath.Count(c => c == '/')));

    private static IEnumerable<PageJob> Home(PageInputs inputs, SiteContext context)
    {
        yield return Job<HomePage>(context, "index.html", new() { [nameof(HomePage.Model)] = inputs.Model }, HomeWeight);
    }

    private static IEnumerable<PageJob> Compare(PageInputs inputs, SiteContext context)
    {
        yield return Job<ComparePage>(context, "compare/index.html", new() { [nameof(ComparePage.Model)] = inputs.Model });
    }

    /// <summary>The brands index: one page, or <see cref="ListPages.BrandsIndexPerPage"/> brands to a page when there are more.</summary>
    public static IEnumerable<PageJob> BrandsIndex(PageInputs inputs, SiteContext context)
    {
        for (int page = 1; page <= ListPages.CountOf(inputs.Model.Brands.Count, ListPages.BrandsIndexPerPage); page++)
        {
            yield return Job<BrandsIndexPage>(context, $"brands/{ListPages.Folder(page)}index.html",
                new() { [nameof(BrandsIndexPage.Model)] = inputs.Model, [nameof(BrandsIndexPage.PageNumber)] = page }, BrandsIndexWeight);
        }
    }
}

/// <summary>What the pages built from the data are rendered from.</summary>
/// <param name="Model">The site's figures.</param>
/// <param name="Charts">Each brand's (English) chart, by slug.</param>
/// <param name="Campaigns">The field campaigns.</param>
public sealed record PageInputs(SiteModel Model, IReadOnlyDictionary<string, Charts.WaitChartModel> Charts, IReadOnlyList<CampaignView> Campaigns)
{
    /// <summary>The key of a brand's page in a language (<see cref="Incremental.BrandPageKeys"/>), for an incremental build; null to render every page.</summary>
    public Func<BrandFigures, SiteContext, string?>? BrandPageKey { get; init; }

    /// <summary>The keys of the pages that list many brands (<see cref="Incremental.AggregatePageKeys"/>), for an incremental build; null to render every page.</summary>
    public Incremental.AggregatePageKeys? PageKeys { get; init; }
}
