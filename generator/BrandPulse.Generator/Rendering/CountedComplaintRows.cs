using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The complaints a brand page lists as counted: one row per complaint, no name, handle or text; last, its public
/// reference code, to quote in a correction.
/// </summary>
public static class CountedComplaintRows
{
    /// <summary>One row per complaint shown, in the page's language: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString For(IReadOnlyList<CountedComplaint> shown, SiteContext context) => Html.Build((shown, context), static (h, page) =>
    {
        SiteContext c = page.context;
        foreach (CountedComplaint row in page.shown)
        {
            h.Append($"<tr><td>{row.Hour}</td><td>{c.ChannelName(row.Channel)}</td><td class=\"num\">{FigureText.Duration(row.Minutes, c)}</td><td>{AnswerKindNames.Outcome(row.Outcome, c)}</td><td class=\"ref\">{row.Reference}</td></tr>");
        }
    });
}
