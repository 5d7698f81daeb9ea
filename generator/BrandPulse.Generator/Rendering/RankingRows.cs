using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>The home page's league of one channel: ranked brands as table rows, the others as list items.</summary>
public static class RankingRows
{
    /// <summary>The ranked brands' rows: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString Ranked(ChannelRanking ranking) => Html.Build(ranking, static (h, ranking) =>
    {
        foreach (ChannelFigures f in ranking.Ranked)
        {
            h.Append($"<tr><td class=\"rank\">{FigureText.Rank(f.Rank)}");
            if (FigureText.RankRange(f.Rank) is { Length: > 0 } range)
            {
                h.Append($"<span class=\"range\"> ({range})</span>");
            }

            h.Append($"</td>\n                <th scope=\"row\"><a href=\"brands/{f.Brand.Slug}/index.html\"><bdi>{f.Brand.DisplayName}</bdi></a>{FigureTags.Titled(f)}{FigureTags.Period(f)}</th>\n                <td class=\"num\">{FigureText.Count(f.Summary.N)}</td>\n                <td class=\"num\">{FigureTags.Answered(f)}</td>\n                <td class=\"num\">{FigureText.Duration(f.Summary.Median.Value)}<span class=\"ci\">{FigureText.Interval(f.Summary.Median)}</span></td>\n                <td class=\"num\">{FigureTags.RealAnswer(f)}</td>\n                <td class=\"num\">{FigureText.Duration(f.Summary.P90.Value)}</td></tr>");
        }
    });

    /// <summary>The brands not ranked, as list items.</summary>
    public static MarkupString Unranked(ChannelRanking ranking) => Html.Build(ranking, static (h, ranking) =>
    {
        foreach (ChannelFigures f in ranking.Unranked)
        {
            h.Append($"<li><a href=\"brands/{f.Brand.Slug}/index.html\"><bdi>{f.Brand.DisplayName}</bdi></a>:\n                {FigureText.Count(f.Summary.N)} complaints{(f.Status == FigureStatus.Shown ? $", median {FigureText.Duration(f.Summary.Median.Value)}" : "")}</li>");
        }
    });
}
