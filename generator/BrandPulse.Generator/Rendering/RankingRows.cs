using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>The home page's league of one channel, in the page's language: ranked brands as table rows, the others as list items.</summary>
public static class RankingRows
{
    /// <summary>The ranked brands' rows: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    /// <param name="root">The relative path from the page to the site root.</param>
    public static MarkupString Ranked(ChannelRanking ranking, SiteContext context, string root = "") => Html.Build((ranking, context, root), static (h, page) =>
    {
        SiteContext c = page.context;
        foreach (ChannelFigures f in page.ranking.Ranked)
        {
            h.Append($"<tr><td class=\"rank\">{FigureText.Rank(f.Rank)}");
            if (FigureText.RankRange(f.Rank) is { Length: > 0 } range)
            {
                h.Append($"<span class=\"range\"> ({range})</span>");
            }

            h.Append($"</td>\n                <th scope=\"row\"><a href=\"{c.Href(page.root, $"brands/{f.Brand.Slug}/index.html")}\"><bdi>{f.Brand.DisplayName}</bdi></a>{FigureTags.Titled(f, c)}{FigureTags.Period(f, c)}</th>\n                <td class=\"num\">{FigureText.Count(f.Summary.N, c)}</td>\n                <td class=\"num\">{FigureTags.Answered(f, c)}</td>\n                <td class=\"num\">{FigureText.Duration(f.Summary.Median.Value, c)}<span class=\"ci\">{FigureText.Interval(f.Summary.Median, c)}</span></td>\n                <td class=\"num\">{FigureTags.RealAnswer(f, c)}</td>\n                <td class=\"num\">{FigureText.Duration(f.Summary.P90.Value, c)}</td></tr>");
        }
    });

    /// <summary>The brands not ranked, as list items.</summary>
    /// <param name="root">The relative path from the page to the site root.</param>
    public static MarkupString Unranked(ChannelRanking ranking, SiteContext context, string root = "") => Html.Build((ranking, context, root), static (h, page) =>
    {
        SiteContext c = page.context;
        foreach (ChannelFigures f in page.ranking.Unranked)
        {
            string complaints = c.Counted("complaint", f.Summary.N);
            string item = f.Status == FigureStatus.Shown
                ? c.Text.Format("home.unranked_item", ("complaints", complaints), ("median", FigureText.Duration(f.Summary.Median.Value, c)))
                : complaints;
            h.Append($"<li><a href=\"{c.Href(page.root, $"brands/{f.Brand.Slug}/index.html")}\"><bdi>{f.Brand.DisplayName}</bdi></a>:\n                {item}</li>");
        }
    });
}
