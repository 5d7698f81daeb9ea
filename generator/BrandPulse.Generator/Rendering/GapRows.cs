using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>The phone versus Twitter/X table: one row per brand measured on both.</summary>
public static class GapRows
{
    /// <summary>One row per brand: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString For(IReadOnlyList<BrandFigures> brands, string root) => Html.Build((Brands: brands, Root: root), static (h, section) =>
    {
        foreach (BrandFigures b in section.Brands)
        {
            ChannelGapFigures g = b.Gap!;
            h.Append($"<tr><th scope=\"row\"><a href=\"{section.Root}brands/{b.Brand.Slug}/index.html\"><bdi>{b.Brand.DisplayName}</bdi></a>");
            if (g.Phone.Illustrative || g.Twitter.Illustrative)
            {
                h.Append($"<span class=\"tag illustrative\">illustrative</span>");
            }

            if (g.Twitter.AnsweredOnlyShare > 0.5)
            {
                h.Append($"<span class=\"tag selected\">answered only</span>");
            }

            h.Append($"</th>\n            <td class=\"num\">{FigureText.Duration(g.Twitter.Summary.Median.Value)}</td>\n            <td class=\"num\">{FigureText.Duration(g.Phone.Summary.Median.Value)}</td>\n            <td class=\"num\">{FigureText.Ratio(g.Gap.Ratio)}<span class=\"ci\">{FigureText.RatioInterval(g.Gap)}</span></td></tr>");
        }
    });
}
