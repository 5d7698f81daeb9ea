using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>An industry page's league of one channel: one row per brand.</summary>
public static class IndustryRows
{
    /// <summary>One row per brand: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString For(List<ChannelFigures> rows, string root) => Html.Build((Root: root, rows), static (h, state) =>
    {
        foreach (ChannelFigures f in state.rows)
        {
            h.Append($"<tr><td class=\"rank\">{FigureText.Rank(f.Rank)}");
            if (FigureText.RankRange(f.Rank) is { Length: > 0 } range)
            {
                h.Append($"<span class=\"range\"> ({range})</span>");
            }

            h.Append($"</td>\n              <th scope=\"row\"><a href=\"{state.Root}brands/{f.Brand.Slug}/index.html\"><bdi>{f.Brand.DisplayName}</bdi></a>{FigureTags.Plain(f)}{FigureTags.Period(f)}</th>\n              <td class=\"num\">{FigureText.Count(f.Summary.N)}</td>");
            if (f.Status == FigureStatus.TooFew)
            {
                h.Append($"<td class=\"num muted\" colspan=\"4\">fewer than {RankingRules.MinShown} complaints</td></tr>");
            }
            else
            {
                h.Append($"<td class=\"num\">{FigureTags.Answered(f)}</td>\n                <td class=\"num\">{FigureText.Duration(f.Summary.Median.Value)}<span class=\"ci\">{FigureText.Interval(f.Summary.Median)}</span></td>\n                <td class=\"num\">{FigureTags.RealAnswer(f)}</td>\n                <td class=\"num\">{FigureText.Duration(f.Summary.P90.Value)}</td></tr>");
            }
        }
    });
}
