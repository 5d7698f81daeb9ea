using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>The tables of a brand page, in the page's language: its figures per channel, and how many are still waiting at the chart's times.</summary>
public static class BrandPageRows
{
    /// <summary>One row per channel: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString Figures(BrandFigures brand, SiteContext context) => Html.Build((brand, context), static (h, page) =>
    {
        SiteContext c = page.context;
        foreach (ChannelFigures f in page.brand.Channels)
        {
            h.Append($"<tr data-channel=\"{f.Channel}\"><th scope=\"row\">{c.ChannelName(f.Channel)}{FigureTags.Plain(f, c)}</th>\n            <td class=\"num\">{FigureText.Count(f.Summary.N, c)}</td>");
            if (f.Status == FigureStatus.TooFew)
            {
                h.Append($"<td class=\"num\" colspan=\"5\">{TextMarkup.Of(c.Text, "too_few.figures_not_shown", ("min_shown", Units.Count(RankingRules.MinShown, c.Language)))}</td></tr>");
                continue;
            }

            h.Append($"<td class=\"num\">{FigureTags.Answered(f, c)}</td>\n              <td class=\"num\">{FigureText.Duration(f.Summary.Median.Value, c)}<span class=\"ci\">{FigureText.Interval(f.Summary.Median, c)}</span></td>\n              <td class=\"num\">{FigureText.Duration(f.Summary.P90.Value, c)}<span class=\"ci\">{FigureText.Interval(f.Summary.P90, c)}</span></td>\n              <td class=\"num\">{FigureText.Percent(f.Summary.AnsweredWithin1Hour.Value, c)}</td>\n              <td class=\"rank-cell\">");
            AppendRankCell(h, f, c);
            h.Append($"</td></tr>");
        }
    });

    /// <summary>
    /// What a channel's rank cell holds (<c>&lt;td class="rank-cell"&gt;</c>, up to its <c>&lt;/td&gt;</c>): the only
    /// part of a brand page that other brands' figures change, by moving the brand in the ranking (<see cref="RankCells"/>).
    /// </summary>
    public static MarkupString RankCell(ChannelFigures figures, SiteContext context) =>
        Html.Build((figures, context), static (h, cell) => AppendRankCell(h, cell.figures, cell.context));

    private static void AppendRankCell(Html h, ChannelFigures f, SiteContext c)
    {
        if (f.Rank is not { } r)
        {
            h.Append($"{TextMarkup.Of(c.Text, "rank.not_ranked")}");
        }
        else if (r.Lower != r.Upper)
        {
            h.Append($"{r.Rank}<span class=\"range\">{TextMarkup.Of(c.Text, "rank.range", ("lower", Units.Count(r.Lower, c.Language)), ("upper", Units.Count(r.Upper, c.Language)))}</span>");
        }
        else
        {
            h.Append($"{r.Rank}");
        }
    }

    /// <summary>Still waiting at each of the table's times, one row per channel.</summary>
    public static MarkupString StillWaiting(WaitChartModel chart, SiteContext context) => Html.Build((chart, context), static (h, page) =>
    {
        SiteContext c = page.context;
        foreach (var series in page.chart.Series)
        {
            h.Append($"<tr><th scope=\"row\">{c.ChannelName(series.Channel)}</th>");
            foreach (double s in series.StillWaitingAtTableTimes)
            {
                h.Append($"<td class=\"num\">{FigureText.Percent(s, c)}</td>");
            }

            h.Append($"</tr>");
        }
    });
}
