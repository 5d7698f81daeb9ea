using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Stages;

/// <summary>Pages beyond the rankings and brand pages: per channel, per industry, comparison, privacy, corrections, 404.</summary>
public static class RenderMorePages
{
    public static async Task<IReadOnlyList<OutputFile>> AllAsync(PageRenderer renderer, SiteModel model, SiteContext context)
    {
        // Every page here takes the model and the publication as Model and Site.
        Dictionary<string, object?> With(params (string Name, object? Value)[] more)
        {
            var parameters = new Dictionary<string, object?> { [nameof(ChannelPage.Model)] = model, [nameof(ChannelPage.Site)] = context };
            foreach ((string name, object? value) in more)
            {
                parameters[name] = value;
            }

            return parameters;
        }

        var files = new List<OutputFile> { await Page<ChannelsIndexPage>(renderer, "channels/index.html", With()) };
        foreach (ChannelRanking ranking in model.Rankings)
        {
            foreach (ChannelSort sort in ChannelSort.All)
            {
                files.Add(await Page<ChannelPage>(renderer, $"channels/{ranking.Channel}/{sort.FileName}",
                    With((nameof(ChannelPage.Ranking), ranking), (nameof(ChannelPage.Sort), sort))));
            }
        }

        files.Add(await Page<IndustriesIndexPage>(renderer, "industries/index.html", With()));
        foreach (Industry industry in IndustryCache.Of(model))
        {
            files.Add(await Page<IndustryPage>(renderer, $"industries/{industry.Slug}/index.html",
                With((nameof(IndustryPage.Industry), industry))));
        }

        files.Add(await Page<ComparePage>(renderer, "compare/index.html", With()));
        files.Add(await Page<CorrectionsPage>(renderer, "corrections/index.html",
            With((nameof(CorrectionsPage.Corrections), CorrectionsLog.Read(context.SiteDir)))));
        files.Add(await Page<NotFoundPage>(renderer, "404.html",
            new Dictionary<string, object?> { [nameof(NotFoundPage.Root)] = SiteUrls.RootPath(context) }));
        return files;
    }

    /// <summary>The pages above that a sitemap lists: all but the 404 page and the other orderings of channel tables.</summary>
    public static IEnumerable<string> CanonicalPaths(SiteModel model)
    {
        yield return "channels/index.html";
        foreach (ChannelRanking ranking in model.Rankings)
        {
            yield return $"channels/{ranking.Channel}/index.html";
        }

        yield return "industries/index.html";
        foreach (Industry industry in Industries.Of(model))
        {
            yield return $"industries/{industry.Slug}/index.html";
        }

        yield return "compare/index.html";
        yield return "corrections/index.html";
    }

    /// <summary>Whether a path is another ordering of a channel's table (its canonical page is the channel's index).</summary>
    public static bool IsVariant(string path) =>
        path.StartsWith("channels/", StringComparison.Ordinal) && ChannelSort.All.Any(s => s != ChannelSort.Rank && path.EndsWith("/" + s.FileName, StringComparison.Ordinal));

    private static async Task<OutputFile> Page<TPage>(PageRenderer renderer, string path, Dictionary<string, object?> parameters)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(path, await renderer.RenderUtf8Async<TPage>(parameters));
}
