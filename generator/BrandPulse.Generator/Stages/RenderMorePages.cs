using System.Text;
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
        var files = new List<OutputFile>
        {
            await Page<ChannelsIndexPage>(renderer, "channels/index.html", new() { ["Model"] = model, ["Site"] = context }),
        };
        foreach (ChannelRanking ranking in model.Rankings)
        {
            foreach (ChannelSort sort in ChannelSort.All)
            {
                files.Add(await Page<ChannelPage>(renderer, $"channels/{ranking.Channel}/{sort.FileName}", new()
                {
                    ["Ranking"] = ranking, ["Model"] = model, ["Site"] = context, ["Sort"] = sort,
                }));
            }
        }

        files.Add(await Page<IndustriesIndexPage>(renderer, "industries/index.html", new() { ["Model"] = model, ["Site"] = context }));
        foreach (Industry industry in Industries.Of(model))
        {
            files.Add(await Page<IndustryPage>(renderer, $"industries/{industry.Slug}/index.html", new()
            {
                ["Industry"] = industry, ["Model"] = model, ["Site"] = context,
            }));
        }

        files.Add(await Page<ComparePage>(renderer, "compare/index.html", new() { ["Model"] = model, ["Site"] = context }));
        files.Add(await Page<CorrectionsPage>(renderer, "corrections/index.html", new()
        {
            ["Model"] = model, ["Site"] = context, ["Corrections"] = CorrectionsLog.Read(context.SiteDir),
        }));
        files.Add(await Page<NotFoundPage>(renderer, "404.html", new() { ["Root"] = SiteUrls.RootPath(context) }));
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

    private static async Task<OutputFile> Page<TPage>(PageRenderer renderer, string path, Dictionary<string, object?> parameters)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(path, Encoding.UTF8.GetBytes(await renderer.RenderAsync<TPage>(parameters)));
}
