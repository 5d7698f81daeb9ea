using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>The phone versus Twitter/X table, in the page's language: one row per brand measured on both.</summary>
public static class GapRows
{
    /// <summary>One row per brand: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    /// <param name="root">The relative path from the page to the site root.</param>
    public static MarkupString For(IReadOnlyList<BrandFigures> brands, string root, SiteContext context) =>
        Html.Build((Brands: brands, Root: root, Context: context), static (h, section) =>
    {
        SiteContext c = section.Context;
        foreach (BrandFigures b in section.Brands)
        {
            ChannelGapFigures g = b.Gap!;
            h.Append($"<tr><th scope=\"row\"><a href=\"{c.Href(section.Root, $"brands/{b.Brand.Slug}/index.html")}\"><bdi>{b.Brand.DisplayName}</bdi></a>");
            if (g.Phone.Illustrative || g.Twitter.Illustrative)
            {
                h.Append($"<span class=\"tag illustrative\">{new MarkupString(TextMarkup.Escape(c.Text["tag.illustrative"]))}</span>");
            }

            if (g.Twitter.AnsweredOnlyShare > 0.5)
            {
                h.Append($"<span class=\"tag selected\">{new MarkupString(TextMarkup.Escape(c.Text["tag.answered_only"]))}</span>");
            }

            h.Append($"</th>\n            <td class=\"num\">{FigureText.Duration(g.Twitter.Summary.Median.Value, c)}</td>\n            <td class=\"num\">{FigureText.Duration(g.Phone.Summary.Median.Value, c)}</td>\n            <td class=\"num\">{FigureText.Ratio(g.Gap.Ratio, c)}<span class=\"ci\">{FigureText.RatioInterval(g.Gap, c)}</span></td></tr>");
        }
    });
}
