using System.Text;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Stages;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Rendering;

/// <summary>
/// A brand page whose only change is its rank is patched from its published bytes (<see cref="RankCells"/>) rather
/// than rendered: the patched page must be byte for byte the page rendered with the new ranks.
/// </summary>
public sealed class RankCellsTests
{
    private static readonly SiteContext s_en = new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);

    [Theory]
    [InlineData(SiteLanguage.English)]
    [InlineData(SiteLanguage.Spanish)]
    public async Task Every_demo_brand_page_patched_to_other_ranks_is_the_page_rendered_with_them(SiteLanguage language)
    {
        // Given the demo's brand pages, rendered as published, and rendered again with every ranked channel moved down
        // two places and its interval changed (a single place where it had none)
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        SiteModel model = ComputeFigures.From(ReadSnapshot.From(db));
        SiteContext context = s_en.In(language);
        SiteModel moved = model with { Brands = [.. model.Brands.Select(b => b with { Channels = [.. b.Channels.Select(Moved)] })] };
        Dictionary<string, OutputFile> before = await BrandPages(model, context);
        Dictionary<string, OutputFile> after = await BrandPages(moved, context);

        // When each published page is patched with its moved rank cells
        // Then it is the page rendered with them, byte for byte, and it did change
        Assert.True(moved.Brands.Count(b => b.Channels.Any(f => f.Rank is not null)) >= 3, "the demo should rank several brands");
        foreach (BrandFigures brand in moved.Brands)
        {
            string path = context.PagePath($"brands/{brand.Brand.Slug}/index.html");
            byte[]? patched = RankCells.Replace(before[path].Bytes, RankCells.Of(brand, context));
            Assert.NotNull(patched);
            Assert.Equal(Encoding.UTF8.GetString(after[path].Bytes), Encoding.UTF8.GetString(patched));
            Assert.Equal(brand.Channels.Any(f => f.Rank is not null), !before[path].Bytes.AsSpan().SequenceEqual(patched));
        }
    }

    [Fact]
    public void A_page_with_more_or_fewer_rank_cells_than_the_brand_has_is_not_patched()
    {
        byte[] page = Encoding.UTF8.GetBytes("<table><tr><td class=\"rank-cell\">3<span class=\"range\">95% range 2–4</span></td></tr>"
            + "<tr><td class=\"rank-cell\">7</td></tr></table>");

        Assert.Equal("<table><tr><td class=\"rank-cell\">4</td></tr><tr><td class=\"rank-cell\">not ranked</td></tr></table>",
            Encoding.UTF8.GetString(RankCells.Replace(page, ["4", "not ranked"])!));
        Assert.Null(RankCells.Replace(page, ["4"]));
        Assert.Null(RankCells.Replace(page, ["4", "5", "6"]));
        Assert.Null(RankCells.Replace("<td class=\"rank-cell\">3"u8, ["4"]));
    }

    private static ChannelFigures Moved(ChannelFigures f) => f.Rank is not { } r ? f : f with
    {
        Rank = r with { Rank = r.Rank + 2, Lower = r.Lower == r.Upper ? r.Rank + 2 : r.Lower + 1, Upper = r.Upper + 3 },
    };

    private static async Task<Dictionary<string, OutputFile>> BrandPages(SiteModel model, SiteContext context)
    {
        var inputs = new PageInputs(model, new Dictionary<string, WaitChartModel>(), []);
        return (await PageJobs.RenderAsync([.. BrandPageJobs.Brands(inputs, context)])).ToDictionary(p => p.Path);
    }
}
