using BrandPulse.Data.Model;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>The tables of a brand page: its figures per channel, and how many are still waiting at the chart's times.</summary>
public static class BrandPageRows
{
    /// <summary>One row per channel: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString Figures(BrandFigures brand) => Html.Build(brand, static (h, brand) =>
    {
        foreach (ChannelFigures f in brand.Channels)
        {
            h.Append($"<tr data-channel=\"{f.Channel}\"><th scope=\"row\">{Channels.DisplayName(f.Channel)}{FigureTags.Plain(f)}</th>\n            <td class=\"num\">{FigureText.Count(f.Summary.N)}</td>");
            if (f.Status == FigureStatus.TooFew)
            {
                h.Append($"<td class=\"num\" colspan=\"5\">Fewer than {RankingRules.MinShown} complaints: figures not shown.</td></tr>");
                continue;
            }

            h.Append($"<td class=\"num\">{FigureTags.Answered(f)}</td>\n              <td class=\"num\">{FigureText.Duration(f.Summary.Median.Value)}<span class=\"ci\">{FigureText.Interval(f.Summary.Median)}</span></td>\n              <td class=\"num\">{FigureText.Duration(f.Summary.P90.Value)}<span class=\"ci\">{FigureText.Interval(f.Summary.P90)}</span></td>\n              <td class=\"num\">{FigureText.Percent(f.Summary.AnsweredWithin1Hour.Value)}</td>\n              <td class=\"rank-cell\">");
            if (f.Rank is not { } r)
            {
                h.Append($"not ranked</td></tr>");
            }
            else if (r.Lower != r.Upper)
            {
                h.Append($"{r.Rank}<span class=\"range\">95% range {r.Lower}–{r.Upper}</span></td></tr>");
            }
            else
            {
                h.Append($"{r.Rank}</td></tr>");
            }
        }
    });

    /// <summary>Still waiting at each of the table's times, one row per channel.</summary>
    public static MarkupString StillWaiting(WaitChartModel chart) => Html.Build(chart, static (h, chart) =>
    {
        foreach (var series in chart.Series)
        {
            h.Append($"<tr><th scope=\"row\">{Channels.DisplayName(series.Channel)}</th>");
            foreach (double s in series.StillWaitingAtTableTimes)
            {
                h.Append($"<td class=\"num\">{FigureText.Percent(s)}</td>");
            }

            h.Append($"</tr>");
        }
    });
}
