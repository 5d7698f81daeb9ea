using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>The tables of a brand page beyond its headline figures: first answers by kind, and month by month.</summary>
public static class BrandBreakdownRows
{
    /// <summary>The first answers of one channel by kind, one row each.</summary>
    public static MarkupString Kinds(ChannelFigures f) => Html.Build(f, static (h, f) =>
    {
        foreach (string kind in AnswerKinds.All)
        {
            if (f.Kinds.Counts.TryGetValue(kind, out int count))
            {
                h.Append($"<tr><th scope=\"row\">{AnswerKindNames.Of(kind)}</th><td class=\"num\">{FigureText.Count(count)}</td><td class=\"num\">{FigureText.Percent(count / (double)f.Kinds.Classified)}</td></tr>");
            }
        }
    });

    /// <summary>Month by month, channel by channel: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString Trend(BrandFigures brand) => Html.Build(brand, static (h, brand) =>
    {
        foreach (ChannelFigures f in brand.Channels)
        {
            foreach (MonthFigures m in f.Trend)
            {
                h.Append($"<tr><th scope=\"row\">{m.Month}</th><td>{Channels.DisplayName(f.Channel)}</td><td class=\"num\">{FigureText.Count(m.Summary.N)}</td>\n              <td class=\"num\">{FigureText.Percent(m.Summary.ResponseRate.Value)}</td>\n              <td class=\"num\">{FigureText.Duration(m.Summary.Median.Value)}<span class=\"ci\">{FigureText.Interval(m.Summary.Median)}</span></td></tr>");
            }
        }
    });
}
