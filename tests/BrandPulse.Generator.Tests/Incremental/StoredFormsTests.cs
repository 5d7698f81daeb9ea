using BrandPulse.Data.Model;
using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Stages;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Incremental;

/// <summary>
/// The parts of a kept brand read only when its page is rendered (<see cref="StoredRecent"/>, <see cref="StoredCurve"/>):
/// they read back as computed, and a damaged entry is still found damaged when it is loaded (and computed again), never
/// later while a page is rendered.
/// </summary>
public sealed class StoredFormsTests
{
    [Fact]
    public void An_entry_cut_short_or_lengthened_in_its_counted_complaints_is_computed_again()
    {
        // Given a demo brand with counted complaints, kept
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        Snapshot snapshot = ReadSnapshot.From(db);
        BrandOwnFigures own = BrandComputation.Brands(snapshot, BrandComputation.RowsByBrand(snapshot)).First(b => b.Recent.Count > 3);
        Brand brand = snapshot.Brands.Single(b => b.Id == own.BrandId);
        var store = new BrandCacheStore(dir.File("cache"));
        store.Save("key", new BrandCacheEntry(own, brand.DisplayName, "hash"));
        string file = Directory.GetFiles(dir.File("cache")).Single();
        byte[] kept = File.ReadAllBytes(file);

        // When read back whole, its counted complaints are the computed ones
        Assert.Equal(own.Recent, store.Load(brand, "key")!.Computed.Recent);

        // Then with its last byte cut, or a byte added, the entry is not used
        File.WriteAllBytes(file, kept[..^1]);
        Assert.Null(store.Load(brand, "key"));
        File.WriteAllBytes(file, [.. kept, 0]);
        Assert.Null(store.Load(brand, "key"));
    }

    [Fact]
    public void A_stored_curve_is_six_numbers_a_point_and_reads_back_point_by_point()
    {
        var curve = new StoredCurve([30, 0.1, 0.2, 0, 0, 0, 60, 0.3, 0.25, 0.05, 0, 0]);

        Assert.Equal([new IncidencePoint(30, 0.1, 0.2, 0, 0, 0), new IncidencePoint(60, 0.3, 0.25, 0.05, 0, 0)], curve);
        Assert.Equal(new IncidencePoint(60, 0.3, 0.25, 0.05, 0, 0), curve[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => curve[2]);
        Assert.Throws<InvalidDataException>(() => new StoredCurve([1, 2, 3]));
    }
}
