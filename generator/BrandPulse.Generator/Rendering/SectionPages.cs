using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// Pages beyond the rankings and brand pages: per channel and per industry (in every language: see
/// <see cref="BilingualPages"/>), comparison, scoreboard, corrections, 404.
/// </summary>
public static class SectionPages
{
    // Rough relative cost of a page, for scheduling only (a brand page is 2): channel pages list every brand.
    private const int ChannelWeight = 40, IndustryWeight = 5;

    /// <summary>The channels' pages in the language of <paramref name="context"/>: the index, and each channel in every ordering.</summary>
    public static IEnumerable<PageJob> ChannelJobs(PageInputs inputs, SiteContext context)
    {
        SiteModel model = inputs.Model;
        yield return BilingualPages.Job<ChannelsIndexPage>(context, "channels/index.html", new() { [nameof(ChannelsIndexPage.Model)] = model });
        foreach (ChannelRanking ranking in model.Rankings)
        {
            for (int page = 1; page <= ListPages.CountOf(ranking.All.Count()); page++)
            {
                foreach (ChannelSort sort in ChannelSort.All)
                {
                    PageJob job = BilingualPages.Job<ChannelPage>(context, $"channels/{ranking.Channel}/{ListPages.Folder(page)}{sort.FileName}", new()
                    {
                        [nameof(ChannelPage.Model)] = model,
                        [nameof(ChannelPage.Ranking)] = ranking,
                        [nameof(ChannelPage.Sort)] = sort,
                        [nameof(ChannelPage.PageNumber)] = page,
                    }, ChannelWeight);
                    yield return job with { CacheKey = inputs.PageKeys?.Channel(ranking, context, job.Path) };
                }
            }
        }
    }

    /// <summary>The industries' pages in the language of <paramref name="context"/>: the index and each industry.</summary>
    public static IEnumerable<PageJob> IndustryJobs(PageInputs inputs, SiteContext context)
    {
        SiteModel model = inputs.Model;
        yield return BilingualPages.Job<IndustriesIndexPage>(context, "industries/index.html", new() { [nameof(IndustriesIndexPage.Model)] = model });
        foreach (Industry industry in IndustryIndex.Of(model, context))
        {
            for (int page = 1; page <= ListPages.CountOf(industry.Brands.Count); page++)
            {
                PageJob job = BilingualPages.Job<IndustryPage>(context, $"industries/{industry.Slug}/{ListPages.Folder(page)}index.html", new()
                {
                    [nameof(IndustryPage.Model)] = model,
                    [nameof(IndustryPage.Industry)] = industry,
                    [nameof(IndustryPage.PageNumber)] = page,
                }, IndustryWeight);
                yield return job with { CacheKey = inputs.PageKeys?.Industry(industry, page, context, job.Path) };
            }
        }
    }

    /// <summary>The English-only pages here (corrections, 404), in the order the files are listed.</summary>
    public static IEnumerable<PageJob> Jobs(SiteModel model, SiteContext context)
    {
        // Every page here takes the model and the publication as Model and Context.
        Dictionary<string, object?> With(params (string Name, object? Value)[] more)
        {
            var parameters = new Dictionary<string, object?> { [nameof(ChannelPage.Model)] = model, [nameof(ChannelPage.Context)] = context };
            foreach ((string name, object? value) in more)
            {
                parameters[name] = value;
            }

            return parameters;
        }

        yield return PageJob.Of<CorrectionsPage>("corrections/index.html",
            With((nameof(CorrectionsPage.Corrections), CorrectionsLog.Read(context.SiteDir))));
        yield return PageJob.Of<NotFoundPage>("404.html",
            new Dictionary<string, object?> { [nameof(NotFoundPage.Root)] = SiteUrls.RootPath(context), [nameof(NotFoundPage.Context)] = context });
    }

    /// <summary>The pages above that a sitemap lists: all but the 404 page and the other orderings of channel tables.</summary>
    public static IEnumerable<string> CanonicalPaths(SiteModel model)
    {
        yield return "channels/index.html";
        foreach (ChannelRanking ranking in model.Rankings)
        {
            for (int page = 1; page <= ListPages.CountOf(ranking.All.Count()); page++)
            {
                yield return $"channels/{ranking.Channel}/{ListPages.Folder(page)}index.html";
            }
        }

        yield return "industries/index.html";
        foreach (Industry industry in Industries.Of(model))
        {
            for (int page = 1; page <= ListPages.CountOf(industry.Brands.Count); page++)
            {
                yield return $"industries/{industry.Slug}/{ListPages.Folder(page)}index.html";
            }
        }

        yield return "compare/index.html";
        yield return "ley-10-2025/index.html";
        yield return "corrections/index.html";
    }

    /// <summary>Whether a path (of either language) is another ordering of a channel's table (its canonical page is the channel's index).</summary>
    public static bool IsVariant(string path) => Localization.SiteLanguages.Reference(path) is var english
        && english.StartsWith("channels/", StringComparison.Ordinal)
        && ChannelSort.All.Any(s => s != ChannelSort.Rank && english.EndsWith("/" + s.FileName, StringComparison.Ordinal));
}
