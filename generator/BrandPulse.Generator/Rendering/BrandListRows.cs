using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The list of all brands, in the page's language: one row per brand of an industry, its complaints and median wait per
/// channel, tagged as the tables tag them where the figures come from illustrative data or data selected because the brand answered.
/// </summary>
public static class BrandListRows
{
    /// <summary>One row per brand of the industry: built as markup (<see cref="Html"/>), not a render-tree frame per cell.</summary>
    /// <param name="root">The relative path from the page to the site root.</param>
    public static MarkupString For(Industry industry, SiteContext context, string root = "../") => For(industry, industry.Brands, context, root);

    /// <summary>One row per brand of <paramref name="brands"/>, those of <paramref name="industry"/> on one page of a long index.</summary>
    /// <param name="root">The relative path from the page to the site root.</param>
    public static MarkupString For(Industry industry, IReadOnlyList<BrandFigures> brands, SiteContext context, string root) => Html.Build((industry, brands, context, root), static (h, page) =>
    {
        SiteContext c = page.context;
        string industryName = c.IndustryName(page.industry);
        foreach (BrandFigures b in page.brands)
        {
            h.Append($"<tr data-filter-item=\"{$"{b.Brand.DisplayName} {b.Brand.Slug} {industryName}"}\"><th scope=\"row\"><a href=\"{c.Href(page.root, $"brands/{b.Brand.Slug}/index.html")}\"><bdi>{b.Brand.DisplayName}</bdi></a></th>\n                <td>");
            for (int i = 0; i < b.Channels.Count; i++)
            {
                ChannelFigures f = b.Channels[i];
                h.Text(i == 0 ? null : " · ").Text(Summary(f, c));
                if (f.Status != FigureStatus.TooFew && (f.Illustrative || f.AnsweredOnlyShare > 0))
                {
                    h.Append($" {FigureTags.Plain(f, c)}"); // figures from illustrative or selected data say so here too
                }
            }

            h.Append($"</td></tr>");
        }
    });

    private static string Summary(ChannelFigures f, SiteContext c) => f.Status == FigureStatus.TooFew
        ? c.Text.Format("brands.channel_summary", ("channel", c.ChannelName(f.Channel)), ("complaints", c.Counted("complaint", f.Summary.N)))
        : c.Text.Format("brands.channel_summary_median", ("channel", c.ChannelName(f.Channel)), ("complaints", c.Counted("complaint", f.Summary.N)),
            ("median", FigureText.Duration(f.Summary.Median.Value, c)));
}
