using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.Stages;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Incremental;

/// <summary>
/// Pages that list many brands kept between builds (<see cref="AggregatePageKeys"/>): an incremental build renders a
/// channel's table, an industry's page or the scoreboard again only when a row it reads changed, and still writes
/// exactly what a full build writes.
/// </summary>
public sealed class AggregatePageCacheTests
{
    [Fact]
    public async Task After_a_new_phone_complaint_the_other_channels_and_industries_are_kept_and_the_site_equals_a_full_build()
    {
        // Given the demo site built once, then a call to Apple (Technology) inside the data's period
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string incremental = dir.File("incremental");
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        Dictionary<string, string> bootstrapBefore = KeptKeys(incremental, "bootstrap"), badgesBefore = KeptKeys(incremental, "badges");
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            DemoDatabase.Log(connection, ("Apple", "phone", "2020-03-02T09:00:00Z", "2020-03-02T09:09:00Z", "PAGE-2"));
        }

        // When the site is rebuilt over its cache, and built in full elsewhere
        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string full = dir.File("full");
        await SiteBuild.RunAsync(new BuildOptions(db, full, RepoPaths.Site));

        // Then the Twitter/X tables (every ordering, both languages) and another industry's page were kept; the phone
        // tables and Apple's industry were rendered again; and both sites have the same files
        Assert.Contains("channels/twitter/index.html", rebuilt.ReusedPages);
        Assert.Contains("es/channels/twitter/by-name.html", rebuilt.ReusedPages);
        Assert.Contains("industries/retail/index.html", rebuilt.ReusedPages);
        Assert.DoesNotContain("channels/phone/index.html", rebuilt.ReusedPages);
        Assert.DoesNotContain("es/channels/phone/by-median.html", rebuilt.ReusedPages);
        Assert.DoesNotContain("industries/technology/index.html", rebuilt.ReusedPages);
        Assert.DoesNotContain("index.html", rebuilt.ReusedPages); // the home page is always rendered
        SiteFiles.AssertSame(full, incremental);

        // And the bootstrap medians file of Apple was written again (its key changed), the other brands' kept
        Dictionary<string, string> bootstrapAfter = KeptKeys(incremental, "bootstrap");
        Assert.Equal(bootstrapBefore.Keys.Order(), bootstrapAfter.Keys.Order());
        Assert.True(bootstrapBefore.Count > 2, $"{bootstrapBefore.Count} bootstrap files");
        Assert.All(bootstrapBefore, b => Assert.Equal(b.Key != "data/bootstrap/apple.json", b.Value == bootstrapAfter[b.Key]));

        // And so were Apple's two badges (its figures changed), the others' kept
        Dictionary<string, string> badgesAfter = KeptKeys(incremental, "badges");
        Assert.Contains("es/brands/tesco/badge.svg", badgesBefore.Keys);
        Assert.All(badgesBefore, b => Assert.Equal(!b.Key.EndsWith("brands/apple/badge.svg", StringComparison.Ordinal), b.Value == badgesAfter[b.Key]));
    }

    /// <summary>The keys of the files kept as <paramref name="name"/> for the site (<see cref="KeptFiles"/>), by path.</summary>
    private static Dictionary<string, string> KeptKeys(string site, string name) => File.ReadLines(Path.Combine(Generator.Publishing.CacheFolder.Beside(site), name + ".tsv"))
        .Skip(1).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1]);

    [Fact]
    public async Task A_brands_new_industry_renders_every_page_listing_brands_again()
    {
        // Given the demo site built once, then Tesco moved to another industry (its figures unchanged)
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string incremental = dir.File("incremental");
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        using (DbConnection connection = Database.OpenForWrite(db))
        using (DbCommand command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE brand SET industry = 'Groceries' WHERE slug = 'tesco'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        // When the site is rebuilt over its cache, and built in full elsewhere
        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string full = dir.File("full");
        await SiteBuild.RunAsync(new BuildOptions(db, full, RepoPaths.Site));

        // Then no channel table, industry page or scoreboard page was kept (the industry filter lists industries), and
        // both sites have the same files, the new industry's page among them
        Assert.DoesNotContain(rebuilt.ReusedPages, p => p.Contains("channels/", StringComparison.Ordinal)
            || p.Contains("industries/", StringComparison.Ordinal) || p.Contains("ley-10-2025/", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(incremental, "industries", "groceries", "index.html")));
        SiteFiles.AssertSame(full, incremental);
    }

    [Fact]
    public async Task A_brand_starting_on_a_channel_its_industry_is_on_already_leaves_the_other_channels_tables_kept()
    {
        // Given the demo site built once, and a brand on Twitter/X without calls whose industry has a brand on the phone
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string incremental = dir.File("incremental");
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        SiteModel model = ComputeFigures.From(ReadSnapshot.From(db));
        HashSet<string> onPhone = [.. model.Brands.Where(b => b.On(Channels.Phone) is not null).Select(b => Industries.SlugOf(b.Brand))];
        BrandFigures newcomer = model.Brands.First(b => b.On(Channels.Phone) is null && b.On(Channels.Twitter) is not null
            && onPhone.Contains(Industries.SlugOf(b.Brand)));

        // When its first call is logged, inside the data's period, and the site rebuilt over its cache and in full elsewhere
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            DemoDatabase.Log(connection, (newcomer.Brand.DisplayName, "phone", "2020-03-02T09:00:00Z", "2020-03-02T09:09:00Z", "FIRST-CALL"));
        }

        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string full = dir.File("full");
        await SiteBuild.RunAsync(new BuildOptions(db, full, RepoPaths.Site));

        // Then the Twitter/X tables were kept (none of their rows changed), the phone tables rendered again (a row more),
        // and both sites have the same files
        Assert.Contains("channels/twitter/index.html", rebuilt.ReusedPages);
        Assert.Contains("es/channels/twitter/by-complaints.html", rebuilt.ReusedPages);
        Assert.DoesNotContain("channels/phone/index.html", rebuilt.ReusedPages);
        Assert.Contains(newcomer.Brand.DisplayName, File.ReadAllText(Path.Combine(incremental, "channels", "phone", "by-name.html")), StringComparison.Ordinal);
        SiteFiles.AssertSame(full, incremental);
    }

    [Fact]
    public void A_pages_key_changes_with_the_rows_it_reads_and_no_other()
    {
        // Given the demo model, a digest for each brand's figures on each channel, and the English context
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        SiteModel model = ComputeFigures.From(ReadSnapshot.From(db));
        Dictionary<(long, string), string> digests = model.Brands.SelectMany(b => b.Channels)
            .ToDictionary(f => (f.Brand.Id, f.Channel), f => "d-" + f.Brand.Slug + "-" + f.Channel);
        var en = new SiteContext(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);
        ChannelRanking twitter = model.Rankings.Single(r => r.Channel == Channels.Twitter);
        ChannelRanking phone = model.Rankings.Single(r => r.Channel == Channels.Phone);
        Industry technology = Industries.Of(model).Single(i => i.Slug == "technology");
        Industry retail = Industries.Of(model).Single(i => i.Slug == "retail");
        LawScoreboardRows law = LawScoreboardRows.Of(model);
        (string?, string?, string?, string?, string?) Keys(IReadOnlyDictionary<(long, string), string> d, SiteModel m, SiteContext c)
        {
            var keys = new AggregatePageKeys(d, m);
            return (keys.Channel(twitter, c, "channels/twitter/index.html"), keys.Channel(phone, c, "channels/phone/index.html"),
                keys.Industry(technology, 1, c, "industries/technology/index.html"), keys.Industry(retail, 1, c, "industries/retail/index.html"),
                keys.Law(law, null, 1, c, "ley-10-2025/index.html"));
        }

        var before = Keys(digests, model, en);

        // When Apple's phone figures change
        long apple = model.Brands.Single(b => b.Brand.Slug == "apple").Brand.Id;
        var changed = new Dictionary<(long, string), string>(digests) { [(apple, Channels.Phone)] = "d-apple-phone-2" };
        var after = Keys(changed, model, en);

        // Then the same inputs give the same keys; the phone table's and Technology's keys change, Twitter/X's and
        // Retail's do not; a page whose rows have no digest has no key; the path, the language and a brand's record change them
        Assert.Equal(before, Keys(digests, model, en));
        Assert.All(new[] { before.Item1, before.Item2, before.Item3, before.Item4, before.Item5 }, Assert.NotNull);
        Assert.Equal((before.Item1, before.Item4), (after.Item1, after.Item4));
        Assert.NotEqual(before.Item2, after.Item2);
        Assert.NotEqual(before.Item3, after.Item3);
        bool appleOnScoreboard = law.Phone.Concat(law.Written).Concat(law.Other).Any(f => f.Brand.Id == apple && f.Channel == Channels.Phone);
        Assert.Equal(!appleOnScoreboard, before.Item5 == after.Item5);
        var missing = new Dictionary<(long, string), string>(digests);
        missing.Remove((apple, Channels.Phone));
        Assert.Null(new AggregatePageKeys(missing, model).Channel(phone, en, "channels/phone/index.html"));
        Assert.NotNull(new AggregatePageKeys(missing, model).Channel(twitter, en, "channels/twitter/index.html"));
        Assert.NotEqual(before.Item1, new AggregatePageKeys(digests, model).Channel(twitter, en, "channels/twitter/by-name.html"));
        Assert.NotEqual(before.Item1, Keys(digests, model, en.In(SiteLanguage.Spanish)).Item1);
        SiteModel renamed = model with
        {
            Brands = [.. model.Brands.Select(b => b.Brand.Id == apple ? b with { Brand = b.Brand with { DisplayName = "Apple Inc." } } : b)],
        };
        Assert.NotEqual(before.Item4, Keys(digests, renamed, en).Item4);
    }

    [Fact]
    public void A_brands_channel_digests_are_the_same_when_computed_again_and_differ_when_its_figures_do()
    {
        // Given the demo database, each brand's figures computed twice
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        Snapshot snapshot = ReadSnapshot.From(db);
        List<BrandOwnFigures> once = [.. BrandComputation.Brands(snapshot, BrandComputation.RowsByBrand(snapshot)).OrderBy(b => b.BrandId)];
        List<BrandOwnFigures> twice = [.. BrandComputation.Brands(snapshot, BrandComputation.RowsByBrand(snapshot)).OrderBy(b => b.BrandId)];

        // Then each channel's digest is the same both times, one per channel, and no two channels of the demo share one
        List<IReadOnlyDictionary<string, string>> first = [.. once.Select(BrandCacheFormat.ChannelDigests)];
        Assert.Equal(first, [.. twice.Select(BrandCacheFormat.ChannelDigests)]);
        Assert.All(once.Zip(first), x => Assert.Equal(x.First.Channels.Select(c => c.Channel).Order(), x.Second.Keys.Order()));
        List<string> all = [.. first.SelectMany(d => d.Values)];
        Assert.Equal(all.Count, all.Distinct().Count());

        // And one more complaint, or an observation changed, changes the digest of that channel only
        BrandOwnFigures apple = once.Single(b => snapshot.Brands.Single(x => x.Id == b.BrandId).Slug == "apple");
        ChannelFigures twitter = apple.Channels.Single(c => c.Channel == Channels.Twitter);
        WaitObservation[] observations = [.. twitter.Observations];
        observations[0] = observations[0] with { Minutes = observations[0].Minutes + 1 };
        BrandOwnFigures edited = apple with { Channels = [.. apple.Channels.Select(c => c == twitter ? c with { Observations = observations } : c)] };
        IReadOnlyDictionary<string, string> before = BrandCacheFormat.ChannelDigests(apple), after = BrandCacheFormat.ChannelDigests(edited);
        Assert.All(before.Keys, channel => Assert.Equal(channel != Channels.Twitter, before[channel] == after[channel]));

        // And the digests are kept with the brand's cache entry
        var store = new BrandCacheStore(dir.File("cache"));
        Brand brand = snapshot.Brands.Single(b => b.Slug == "apple");
        store.Save("key", new BrandCacheEntry(apple, brand.DisplayName, "hash") { ChannelDigests = before });
        Assert.Equal(before, store.Load(brand, "key")!.ChannelDigests);
    }
}
