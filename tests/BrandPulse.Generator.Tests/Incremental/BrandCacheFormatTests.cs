using System.Text.Json;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Computation;
using BrandPulse.Generator.Incremental;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Stages;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Incremental;

/// <summary>
/// The brand cache's stored form (<see cref="BrandCacheFormat"/>), written field by field: every brand of the demo
/// (Twitter, email, and phone with its Ley 10/2025 figures) reads back with
/// every field it was saved with.
/// </summary>
public sealed class BrandCacheFormatTests
{
    [Fact]
    public void Every_brand_of_the_demo_reads_back_from_the_cache_with_every_field()
    {
        // Given every brand of the demo computed and saved
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        Snapshot snapshot = ReadSnapshot.From(db);
        List<BrandOwnFigures> computed = [.. BrandComputation.Brands(snapshot, BrandComputation.RowsByBrand(snapshot))];
        var store = new BrandCacheStore(dir.File("cache"));
        Assert.Contains(computed, c => c.Channels.Any(f => f.Law?.Phone is not null));

        foreach (BrandOwnFigures original in computed)
        {
            Brand brand = snapshot.Brands.Single(b => b.Id == original.BrandId);
            IReadOnlyDictionary<string, string> digests = BrandCacheFormat.ChannelDigests(original);
            store.Save("key", new BrandCacheEntry(original, brand.DisplayName, "csv-hash") { ChannelDigests = digests });

            // When read back
            BrandCacheEntry loaded = store.Load(brand, "key")!;

            // Then every field of each channel (its law figures with their curve, its trend) is the original's, and so is
            // everything else of the entry and each channel's digest; the observations are counted, not kept: reading
            // one fails rather than computing from nothing
            Assert.Equal(digests, loaded.ChannelDigests);
            Assert.Equal((brand.DisplayName, "csv-hash"), (loaded.DisplayName, loaded.ComplaintsCsvHash));
            Assert.Equal(Json(original.Channels.Select(Fields)), Json(loaded.Computed.Channels.Select(Fields)));
            Assert.Equal(Json(original.Channels.Select(Flags)), Json(loaded.Computed.Channels.Select(Flags)));
            Assert.All(loaded.Computed.Channels, c => Assert.Throws<InvalidOperationException>(() => c.Observations.First()));
            Assert.Equal(Json((original.Gap, original.Sources, original.Recent, original.Chart, original.Medians)),
                Json((loaded.Computed.Gap, loaded.Computed.Sources, loaded.Computed.Recent, loaded.Computed.Chart, loaded.Computed.Medians)));
            Assert.Null(store.Load(brand, "another key"));
        }
    }

    private static object Fields(ChannelFigures c) => (c.Channel, c.Status, c.Kinds, c.Within3Min, c.Law, c.Summary, c.Trend);

    private static object Flags(ChannelFigures c) => (c.Illustrative, c.SelectedBecauseAnswered, c.LeftOutForQuality, c.PeriodStartMs,
        c.PeriodEndMs, c.AnsweredOnlyShare, c.Observations.Count);

    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, Options);
}
