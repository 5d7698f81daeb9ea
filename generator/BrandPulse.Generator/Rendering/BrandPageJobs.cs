using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The brand pages and the Ley 10/2025 scoreboard as <see cref="BilingualPages.PageSource"/>s: each in the language of
/// the context given (Spanish at <c>es/brands/SLUG/</c> and <c>es/ley-10-2025/</c>, the same slugs as in English).
/// </summary>
public static class BrandPageJobs
{
    // Rough relative cost of a page, for scheduling only.
    private const int BrandWeight = 2;

    /// <summary>Every brand's page in the language of <paramref name="context"/>.</summary>
    public static IEnumerable<PageJob> Brands(PageInputs inputs, SiteContext context)
    {
        foreach (BrandFigures brand in inputs.Model.Brands)
        {
            PageJob page = BilingualPages.Job<BrandPage>(context, $"brands/{brand.Brand.Slug}/index.html", new()
            {
                [nameof(BrandPage.Brand)] = brand,
                [nameof(BrandPage.Chart)] = inputs.Charts.GetValueOrDefault(brand.Brand.Slug),
                [nameof(BrandPage.Campaigns)] = CampaignPages.Of(inputs.Campaigns, brand.Brand.Slug),
            }, BrandWeight);
            yield return page with
            {
                CacheKey = inputs.BrandPageKey?.Invoke(brand, context),
                Patch = published => RankCells.Replace(published, RankCells.Of(brand, context)),
            };
        }
    }

    /// <summary>
    /// The Ley 10/2025 scoreboard in the language of <paramref name="context"/>: the scoreboard (each rule's first rows)
    /// and, for a rule with more rows than that, the rule's own pages.
    /// </summary>
    public static IEnumerable<PageJob> Scoreboard(PageInputs inputs, SiteContext context)
    {
        LawScoreboardRows rows = LawScoreboardRows.Of(inputs.Model);
        PageJob scoreboard = BilingualPages.Job<LawScoreboardPage>(context, "ley-10-2025/index.html", new()
        {
            [nameof(LawScoreboardPage.Model)] = inputs.Model,
            [nameof(LawScoreboardPage.Rows)] = rows,
        });
        yield return scoreboard with { CacheKey = inputs.PageKeys?.Law(rows, null, 1, context, scoreboard.Path) };
        foreach (string rule in LawScoreboardRows.Rules.Where(r => rows.For(r).Count > LawScoreboardRows.Preview))
        {
            for (int page = 1; page <= ListPages.CountOf(rows.For(rule).Count); page++)
            {
                PageJob job = BilingualPages.Job<LawScoreboardPage>(context, $"ley-10-2025/{rule}/{ListPages.Folder(page)}index.html", new()
                {
                    [nameof(LawScoreboardPage.Model)] = inputs.Model,
                    [nameof(LawScoreboardPage.Rows)] = rows,
                    [nameof(LawScoreboardPage.Rule)] = rule,
                    [nameof(LawScoreboardPage.PageNumber)] = page,
                });
                yield return job with { CacheKey = inputs.PageKeys?.Law(rows, rule, page, context, job.Path) };
            }
        }
    }
}
