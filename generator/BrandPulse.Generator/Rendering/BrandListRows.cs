using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>The list of all brands: one row per brand of an industry, its complaints and median wait per channel.</summary>
public static class BrandListRows
{
    /// <summary>One row per brand of the industry: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    public static MarkupString For(Industry industry) => Html.Build(industry, static (h, industry) =>
    {
        foreach (BrandFigures b in industry.Brands)
        {
            h.Append($"<tr data-filter-item=\"{$"{b.Brand.DisplayName} {b.Brand.Slug} {industry.Name}"}\"><th scope=\"row\"><a href=\"{b.Brand.Slug}/index.html\"><bdi>{b.Brand.DisplayName}</bdi></a></th>\n                <td>");
            for (int i = 0; i < b.Channels.Count; i++)
            {
                h.Text(i == 0 ? null : " · ").Text(Summary(b.Channels[i]));
            }

            h.Append($"</td></tr>");
        }
    });

    private static string Summary(ChannelFigures f) =>
        $"{Channels.DisplayName(f.Channel)}: {CountedNoun.Count(f.Summary.N, "complaint")}"
        + (f.Status == FigureStatus.TooFew ? "" : $", median {FigureText.Duration(f.Summary.Median.Value)}");
}
