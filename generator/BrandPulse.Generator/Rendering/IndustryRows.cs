using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>An industry page's league of one channel, in the page's language: one row per brand.</summary>
public static class IndustryRows
{
    /// <summary>One row per brand: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    /// <param name="root">The relative path from the page to the site root.</param>
    public static MarkupString For(List<ChannelFigures> rows, string root, SiteContext context) => Html.Build((Root: root, rows, Context: context), static (h, state) =>
    {
        SiteContext c = state.Context;
        string tooFew = c.Text.Format("too_few.cell", ("min_shown", Units.Count(RankingRules.MinShown, c.Language)));
        foreach (ChannelFigures f in state.rows)
        {
            h.Append($"<tr><td class=\"rank\">{FigureText.Rank(f.Rank)}");
            if (FigureText.RankRange(f.Rank) is { Length: > 0 } range)
            {
                h.Append($"<span class=\"range\"> ({range})</span>");
            }

            h.Append($"</td>\n              <th scope=\"row\"><a href=\"{c.Href(state.Root, $"brands/{f.Brand.Slug}/index.html")}\"><bdi>{f.Brand.DisplayName}</bdi></a>{FigureTags.Plain(f, c)}{FigureTags.Period(f, c)}</th>\n              <td class=\"num\">{FigureText.Count(f.Summary.N, c)}</td>");
            if (f.Status == FigureStatus.TooFew)
            {
                h.Append($"<td class=\"num muted\" colspan=\"4\">{tooFew}</td></tr>");
            }
            else
            {
                h.Append($"<td class=\"num\">{FigureTags.Answered(f, c)}</td>\n                <td class=\"num\">{FigureText.Duration(f.Summary.Median.Value, c)}<span class=\"ci\">{FigureText.Interval(f.Summary.Median, c)}</span></td>\n                <td class=\"num\">{FigureTags.RealAnswer(f, c)}</td>\n                <td class=\"num\">{FigureText.Duration(f.Summary.P90.Value, c)}</td></tr>");
            }
        }
    });
}
