using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The complaints a brand page lists as counted: one row per complaint, no name, handle or text; last, its public
/// reference code, to quote in a correction.
/// </summary>
public static class CountedComplaintRows
{
    /// <summary>One row per complaint shown: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString For(IReadOnlyList<CountedComplaint> shown) => Html.Build(shown, static (h, shown) =>
    {
        foreach (CountedComplaint c in shown)
        {
            h.Append($"<tr><td>{c.Hour}</td><td>{Channels.DisplayName(c.Channel)}</td><td class=\"num\">{FigureText.Duration(c.Minutes)}</td><td>{c.Outcome}</td><td class=\"ref\">{c.Reference}</td></tr>");
        }
    });
}
