using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Stages;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Incremental;

/// <summary>
/// Brand pages kept between builds (<see cref="KeptFiles"/>, <see cref="BrandPageKeys"/>): an incremental build renders
/// only the brand pages whose inputs changed, and still writes exactly what a full build writes.
/// </summary>
public sealed class BrandPageCacheTests
{
    [Fact]
    public async Task After_one_brands_new_complaints_only_that_brands_pages_are_rendered_again()
    {
        // Given a site built once, then a complaint for Apple inside the data's period (which is on every page)
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string incremental = dir.File("incremental");
        BuildReport first = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string otherBefore = File.ReadAllText(Path.Combine(incremental, "brands", "delta", "index.html"));
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            DemoDatabase.Log(connection, ("Apple", "phone", "2020-03-02T09:00:00Z", "2020-03-02T09:09:00Z", "PAGE-1"));
        }

        // When the site is rebuilt over its cache, and built in full elsewhere
        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string full = dir.File("full");
        BuildReport fresh = await SiteBuild.RunAsync(new BuildOptions(db, full, RepoPaths.Site));

        // Then the first and the full build rendered every page and chart, the rebuild linked the brand pages whose
        // inputs are the same (not Apple's two) and every chart but Apple's four (wide and narrow, in two languages),
        // and both sites have the same files
        int brandPages = Directory.GetDirectories(Path.Combine(full, "brands")).Count(d => File.Exists(Path.Combine(d, "index.html"))
            && !File.ReadAllText(Path.Combine(d, "index.html")).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));
        Assert.Equal((0, 0, 0, 0), (first.PagesReused, fresh.PagesReused, first.ChartsReused, fresh.ChartsReused));
        Assert.InRange(rebuilt.ReusedPages.Count(p => p.StartsWith("brands/", StringComparison.Ordinal) || p.StartsWith("es/brands/", StringComparison.Ordinal)),
            1, (2 * brandPages) - 2);
        Assert.DoesNotContain("brands/apple/index.html", rebuilt.ReusedPages);
        Assert.Equal(rebuilt.Charts - 4, rebuilt.ChartsReused);
        Assert.Equal(otherBefore, File.ReadAllText(Path.Combine(incremental, "brands", "delta", "index.html")));
        SiteFiles.AssertSame(full, incremental);
    }

    [Fact]
    public async Task When_a_brand_climbs_the_ranking_the_pages_of_the_brands_it_passes_are_patched_as_a_full_build_renders_them()
    {
        // Given a site built once, then many quick Twitter/X answers for the slowest brand on Twitter/X, inside the data's period
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string incremental = dir.File("incremental");
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        SiteModel model = ComputeFigures.From(ReadSnapshot.From(db));
        ChannelFigures slowest = model.Rankings.Single(r => r.Channel == Channels.Twitter).Ranked[^1];
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            DemoDatabase.Log(connection, [.. Enumerable.Range(0, 60).Select(i => (slowest.Brand.DisplayName, Channels.Twitter,
                $"2020-03-02T{i / 6:00}:{i % 6 * 10:00}:00Z", $"2020-03-02T{i / 6:00}:{i % 6 * 10:00}:30Z", $"CLIMB-{i}"))]);
        }

        // When the site is rebuilt over its cache, and built in full elsewhere
        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string full = dir.File("full");
        await SiteBuild.RunAsync(new BuildOptions(db, full, RepoPaths.Site));

        // Then the brand moved up, the pages of the brands it passed (only their ranks changed) were patched, not
        // rendered, and both sites have the same files
        int before = slowest.Rank!.Rank;
        int after = ComputeFigures.From(ReadSnapshot.From(db)).Rankings.Single(r => r.Channel == Channels.Twitter)
            .Ranked.Single(f => f.Brand.Id == slowest.Brand.Id).Rank!.Rank;
        Assert.True(after < before - 1, $"rank {before} → {after}");
        int ranked = model.Rankings.Single(r => r.Channel == Channels.Twitter).Ranked.Count;
        Assert.InRange(rebuilt.PagesPatched, 2 * (before - after), 2 * (ranked - 1)); // in two languages; some intervals move too
        SiteFiles.AssertSame(full, incremental);
    }

    [Fact]
    public async Task A_site_word_changed_between_builds_shows_on_every_brand_page_of_the_rebuild()
    {
        // Given a copy of the site folder, and a site built from it once
        using var dir = new TempDir();
        string site = dir.File("site-folder");
        SiteFiles.Copy(RepoPaths.Site, site);
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string incremental = dir.File("incremental");
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, site));
        Assert.Contains("How long complainants waited", File.ReadAllText(Path.Combine(incremental, "brands", "apple", "index.html")), StringComparison.Ordinal);

        // When a heading of the brand page is reworded, with the data unchanged, and the site rebuilt over its cache
        string strings = Path.Combine(site, "i18n", "en.txt");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("brand.wait_heading = How long complainants waited",
            "brand.wait_heading = How long each complainant waited", StringComparison.Ordinal));
        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, incremental, site));
        string full = dir.File("full");
        await SiteBuild.RunAsync(new BuildOptions(db, full, site));

        // Then no brand page was taken from the last build: they carry the new words, as in a full build
        Assert.Equal(0, rebuilt.PagesReused);
        Assert.Contains("How long each complainant waited", File.ReadAllText(Path.Combine(incremental, "brands", "apple", "index.html")), StringComparison.Ordinal);
        SiteFiles.AssertSame(full, incremental);
    }

    [Fact]
    public async Task The_copies_an_older_generator_kept_of_charts_and_previews_are_deleted_and_the_kept_lists_written()
    {
        // Given a site's cache folder with the render cache of an older generator
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string site = dir.File("site");
        string cache = Generator.Publishing.CacheFolder.Beside(site);
        foreach (string old in new[] { "charts", "charts-narrow", "previews" })
        {
            Directory.CreateDirectory(Path.Combine(cache, old));
            File.WriteAllText(Path.Combine(cache, old, "0123abcd"), "old copy");
        }

        // When the site is built
        await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site));

        // Then the old copies are gone, and each kept list names its files
        Assert.False(Directory.Exists(Path.Combine(cache, "charts")) || Directory.Exists(Path.Combine(cache, "charts-narrow"))
            || Directory.Exists(Path.Combine(cache, "previews")));
        Assert.Contains("brands/apple/wait-narrow.svg\t", File.ReadAllText(Path.Combine(cache, "charts.tsv")), StringComparison.Ordinal);
        Assert.Contains("es/brands/apple/preview.png\t", File.ReadAllText(Path.Combine(cache, "previews.tsv")), StringComparison.Ordinal);
        Assert.Contains("es/brands/apple/index.html\t", File.ReadAllText(Path.Combine(cache, "pages.tsv")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_brand_pages_key_changes_with_its_rank_name_language_and_the_publications_words()
    {
        // Given a brand's figures and the English context
        var en = new SiteContext(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);
        BrandFigures brand = Brand("Acme", new RankInterval("acme", 2, 1, 3, false));
        string site = BrandPageKeys.SiteKey(en);
        string key = BrandPageKeys.KeyOf(site, "own", brand, null, en);

        // Then the same inputs give the same key, and each input changes it
        Assert.Equal(key, BrandPageKeys.KeyOf(BrandPageKeys.SiteKey(en), "own", Brand("Acme", new RankInterval("acme", 2, 1, 3, false)), null, en));
        Assert.NotEqual(key, BrandPageKeys.KeyOf(site, "own2", brand, null, en));
        string moved = BrandPageKeys.KeyOf(site, "own", Brand("Acme", new RankInterval("acme", 3, 1, 3, false)), null, en);
        Assert.NotEqual(key, moved);
        Assert.Equal(key.Split('.')[0], moved.Split('.')[0]); // only its rank moved: the page can be patched (RankCells)
        Assert.NotEqual(key.Split('.')[0], BrandPageKeys.KeyOf(site, "own", Brand("Acme", null), null, en).Split('.')[0]);
        Assert.NotEqual(key.Split('.')[0], BrandPageKeys.KeyOf(site, "own", brand, "chart", en).Split('.')[0]);
        Assert.NotEqual(key, BrandPageKeys.KeyOf(site, "own", Brand("Acme Inc.", new RankInterval("acme", 2, 1, 3, false)), null, en));
        SiteContext es = en.In(SiteLanguage.Spanish);
        Assert.NotEqual(site, BrandPageKeys.SiteKey(es));
        Assert.NotEqual(key, BrandPageKeys.KeyOf(site, "own", brand, null, es));
        Assert.NotEqual(site, BrandPageKeys.SiteKey(en with { DataEndMs = 1 }));
        Assert.NotEqual(site, BrandPageKeys.SiteKey(en with { Edition = "2020-04-02" }));
    }

    private static BrandFigures Brand(string name, RankInterval? rank)
    {
        var brand = new Brand(1, "acme", name, null, "test", null);
        var summary = new ResponseSummary(100, 90, new ShareEstimate(0.9, 0.8, 0.95), new QuantileEstimate(5, 1, 9),
            new QuantileEstimate(null, null, null), ShareEstimate.Unknown, ShareEstimate.Unknown, ShareEstimate.Unknown);
        var twitter = new ChannelFigures(brand, Channels.Twitter, summary, [], FigureStatus.Ranked, rank, false, false, 0, 0, 0, 0, [],
            new AnswerKindFigures(new Dictionary<string, int>(), 0, null));
        return new BrandFigures(brand, [twitter], []);
    }
}
