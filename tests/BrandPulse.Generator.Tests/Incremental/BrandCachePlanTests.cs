using BrandPulse.Data.Model;
using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Incremental;

public sealed class BrandCachePlanTests
{
    private static readonly Brand[] s_brands =
    [
        new(1, "apple", "Apple", null, "test", null),
        new(2, "delta", "Delta", null, "test", null),
        new(3, "tesco", "Tesco", null, "test", null),
        new(4, "zara", "Zara", null, "test", null),
    ];

    [Fact]
    public void Brands_kept_under_their_current_key_are_reused_and_the_rest_read()
    {
        // Given entries kept for all four brands, then Delta's complaints changed (a new revision)
        using var tmp = new TempDir();
        var store = new BrandCacheStore(tmp.File("brands"));
        Keep(store, Index(1, 1, 1, 1));

        // When the next build plans
        BrandReadPlan plan = BrandCachePlan.Choose(Index(1, 2, 1, 1), null, store, (_, _) => true);

        // Then the other three are taken from the cache, Delta alone is read, and every brand has its key
        Assert.Equal([1L, 3L, 4L], plan.Reused.Keys.Order());
        Assert.Equal([2L], plan.Read!.Order());
        Assert.Equal(4, plan.Keys.Count);
        Assert.Equal("Tesco", plan.Reused[3].DisplayName);
    }

    [Fact]
    public void A_renamed_brand_a_changed_download_and_another_edition_are_read_again()
    {
        using var tmp = new TempDir();
        var store = new BrandCacheStore(tmp.File("brands"));
        Keep(store, Index(1, 1, 1, 1));
        Snapshot renamed = Index(1, 1, 1, 1) with { Brands = [s_brands[0], s_brands[1] with { DisplayName = "Delta Air Lines" }, s_brands[2], s_brands[3]] };

        BrandReadPlan plan = BrandCachePlan.Choose(renamed, null, store, (brand, _) => brand.Slug != "tesco");

        Assert.Equal([1L, 4L], plan.Reused.Keys.Order());
        Assert.Equal([2L, 3L], plan.Read!.Order());
        Assert.Empty(BrandCachePlan.Choose(Index(1, 1, 1, 1), cutoffMs: 1_000, store, (_, _) => true).Reused);
    }

    [Fact]
    public void When_most_brands_must_be_read_everything_is_read_in_one_scan()
    {
        using var tmp = new TempDir();
        var store = new BrandCacheStore(tmp.File("brands"));
        Keep(store, Index(1, 1, 1, 1));

        BrandReadPlan plan = BrandCachePlan.Choose(Index(1, 2, 2, 2), null, store, (_, _) => true);

        Assert.Null(plan.Read);
        Assert.Empty(plan.Reused); // what is read in full is computed in full
    }

    [Fact]
    public void An_entry_reads_back_as_it_was_kept_and_a_damaged_one_is_computed_again()
    {
        using var tmp = new TempDir();
        var store = new BrandCacheStore(tmp.File("brands"));
        var observations = new List<WaitObservation> { new(5, true), new(30, true), new(90, false) };
        var figures = new ChannelFigures(s_brands[0], "phone", ResponseSummary.Of(observations), observations, FigureStatus.Shown, null,
            false, false, 0, 1, 2, 0, [], new AnswerKindFigures(new Dictionary<string, int>(), 0, null));
        var computed = new BrandOwnFigures(1, [figures], new Dictionary<string, BootstrapMedians>(), null, [], [], [new SourceSummary("manual", 3, 1, 2)]);
        store.Save("key", new BrandCacheEntry(computed, "Apple", "hash"));

        BrandCacheEntry back = store.Load(s_brands[0], "key")!;
        Assert.Equal(figures.Summary, back.Computed.Channels[0].Summary);
        Assert.Equal(observations.Count, back.Computed.Channels[0].Observations.Count); // counted, not kept (ObservationsNotKept)
        Assert.Equal(figures.Within3Min, back.Computed.Channels[0].Within3Min);
        Assert.Equal(("Apple", "hash"), (back.DisplayName, back.ComplaintsCsvHash));
        Assert.Null(store.Load(s_brands[0], "another key"));

        System.IO.File.WriteAllBytes(tmp.File("brands/1.bin"), [1, 2, 3]);
        Assert.Null(store.Load(s_brands[0], "key"));
    }

    [Fact]
    public void The_demo_brands_read_back_with_their_phone_curves_monthly_figures_and_counted_complaints_as_computed()
    {
        // Given every demo brand computed from its complaints (the illustrative phone log gives phone curves)
        using var tmp = new TempDir();
        DemoDatabase.Create(tmp.File("bp.db"));
        using System.Data.Common.DbConnection connection = BrandPulse.Data.Database.OpenReadOnly(tmp.File("bp.db"));
        Snapshot snapshot = BrandPulse.Data.Store.SnapshotReader.Read(connection);
        IReadOnlyList<BrandOwnFigures> computed = BrandComputation.Brands(snapshot, BrandComputation.RowsByBrand(snapshot));
        var store = new BrandCacheStore(tmp.File("brands"));
        int curves = 0, recent = 0, months = 0, emptyEstimates = 0;
        foreach (BrandOwnFigures own in computed)
        {
            Brand brand = snapshot.Brands.Single(b => b.Id == own.BrandId);

            // When each is kept and read back
            store.Save("key", new BrandCacheEntry(own, brand.DisplayName, "hash"));
            BrandOwnFigures back = store.Load(brand, "key")!.Computed;

            // Then its counted complaints and every channel's phone curve, monthly figures, medians and law figures are the same
            Assert.Equal(own.Recent, back.Recent);
            recent += own.Recent.Count;
            Assert.Equal(own.Channels.Count, back.Channels.Count);
            foreach ((ChannelFigures was, ChannelFigures now) in own.Channels.Zip(back.Channels))
            {
                Assert.Equal(was.Law?.Phone?.Curve ?? [], now.Law?.Phone?.Curve ?? []);
                Assert.Equal(was.Law?.Phone?.Median, now.Law?.Phone?.Median);
                Assert.Equal(was.Law?.Phone?.ThreeMinutes, now.Law?.Phone?.ThreeMinutes);
                Assert.Equal(was.Law?.AnsweredInComplaintLanguage, now.Law?.AnsweredInComplaintLanguage);
                Assert.Equal(was.Observations.Count, now.Observations.Count);
                Assert.Equal(was.Trend, now.Trend);
                curves += was.Law?.Phone?.Curve.Count ?? 0;
                months += was.Trend.Count;
                emptyEstimates += was.Trend.Count(m => m.Summary.Median.Upper is null);
            }

            Assert.Equal(own.Medians.Keys.Order(), back.Medians.Keys.Order());
            Assert.All(own.Medians, m => Assert.Equal(m.Value.Replicates, back.Medians[m.Key].Replicates));
        }

        Assert.True(curves > 100 && recent > 100 && months > 20 && emptyEstimates > 0,
            $"{curves} curve points, {recent} counted complaints, {months} months ({emptyEstimates} without a median's upper bound) were kept");
    }

    [Fact]
    public void Pruning_drops_the_entries_of_brands_that_left()
    {
        using var tmp = new TempDir();
        var store = new BrandCacheStore(tmp.File("brands"));
        Keep(store, Index(1, 1, 1, 1));

        store.Prune(new HashSet<long> { 1, 3 });

        Assert.Equal(["1.bin", "3.bin"], Directory.EnumerateFiles(tmp.File("brands")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>The snapshot without complaints that the plan is made from: the brands' revisions, in id order.</summary>
    private static Snapshot Index(params long[] revisions) => new(s_brands, [], [], 0)
    {
        DatabaseId = "db",
        Stamps = [.. revisions.Select((revision, i) => new BrandStamp(i + 1, revision))],
    };

    private static void Keep(BrandCacheStore store, Snapshot index)
    {
        foreach (Brand brand in index.Brands)
        {
            var computed = new BrandOwnFigures(brand.Id, [], new Dictionary<string, BootstrapMedians>(), null, [], [], []);
            string key = BrandCachePlan.KeyOf(index.DatabaseId, index.Stamps.Single(s => s.BrandId == brand.Id), brand, null);
            store.Save(key, new BrandCacheEntry(computed, brand.DisplayName, "hash-" + brand.Slug));
        }
    }
}
