using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>The tables of a brand page beyond its headline figures, in the page's language: first answers by kind, and month by month.</summary>
public static class BrandBreakdownRows
{
    /// <summary>The first answers of one channel by kind, one row each.</summary>
    public static MarkupString Kinds(ChannelFigures f, SiteContext context) => Html.Build((f, context), static (h, page) =>
    {
        (ChannelFigures f, SiteContext c) = page;
        foreach (string kind in AnswerKinds.All)
        {
            if (f.Kinds.Counts.TryGetValue(kind, out int count))
            {
                h.Append($"<tr><th scope=\"row\">{AnswerKindNames.Of(kind, c)}</th><td class=\"num\">{FigureText.Count(count, c)}</td><td class=\"num\">{FigureText.Percent(count / (double)f.Kinds.Classified, c)}</td></tr>");
            }
        }
    });

    /// <summary>Month by month, channel by channel: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString Trend(BrandFigures brand, SiteContext context) => Html.Build((brand, context), static (h, page) =>
    {
        SiteContext c = page.context;
        foreach (ChannelFigures f in page.brand.Channels)
        {
            foreach (MonthFigures m in f.Trend)
            {
                h.Append($"<tr><th scope=\"row\">{m.Month}</th><td>{c.ChannelName(f.Channel)}</td><td class=\"num\">{FigureText.Count(m.Summary.N, c)}</td>\n              <td class=\"num\">{FigureText.Percent(m.Summary.ResponseRate.Value, c)}</td>\n              <td class=\"num\">{FigureText.Duration(m.Summary.Median.Value, c)}<span class=\"ci\">{FigureText.Interval(m.Summary.Median, c)}</span></td></tr>");
            }
        }
    });
}
