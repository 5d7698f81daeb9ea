using System.Text.Json;
using BrandPulse.Generator.SiteFiles;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Tests.SiteFiles;

/// <summary>Issue 15, point 6: the bootstrap medians published for the comparison read back to the same ratio interval.</summary>
public sealed class BootstrapFilesTests
{
    [Fact]
    public void A_brands_file_reads_back_to_the_medians_and_gives_the_same_ratio_interval()
    {
        // Given: two brands' medians (one replicate not reached), as the ranking bootstraps them
        BootstrapMedians a = RankIntervals.Bootstrap(Waits(3, 40), RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed, "a");
        BootstrapMedians b = RankIntervals.Bootstrap(Waits(7, 40), RankingRules.BootstrapReplicates, RankingRules.BootstrapSeed, "b");
        double[] withInfinity = [.. b.Replicates];
        withInfinity[0] = double.PositiveInfinity;
        b = b with { Replicates = withInfinity };

        // When
        BootstrapMedians readA = Read(BootstrapFiles.Json(new Dictionary<string, BootstrapMedians> { ["twitter"] = a }), "twitter");
        BootstrapMedians readB = Read(BootstrapFiles.Json(new Dictionary<string, BootstrapMedians> { ["twitter"] = b }), "twitter");

        // Then: every double exactly, and the interval of the ratio as the statistics library gives it
        Assert.Equal(a.Point, readA.Point);
        Assert.Equal(a.Replicates, readA.Replicates);
        Assert.Equal(b.Replicates, readB.Replicates);
        Assert.Equal(ChannelGap.FromMedians(a, b), ChannelGap.FromMedians(readA, readB));
    }

    [Fact]
    public void The_file_is_the_same_bytes_for_the_same_medians_whatever_the_order_of_channels()
    {
        var m1 = new BootstrapMedians("x", 2.5, [1, 2, double.PositiveInfinity]);
        var m2 = new BootstrapMedians("x", 9, [8, 9, 10]);

        string one = BootstrapFiles.Json(new Dictionary<string, BootstrapMedians> { ["twitter"] = m1, ["phone"] = m2 });
        string other = BootstrapFiles.Json(new Dictionary<string, BootstrapMedians> { ["phone"] = m2, ["twitter"] = m1 });

        Assert.Equal(one, other);
        Assert.Equal("{\"replicates\":3,\"channels\":{\"phone\":{\"median\":9,\"bootstrap\":[8,9,10]},\"twitter\":{\"median\":2.5,\"bootstrap\":[1,2,null]}}}\n", one);
        Assert.Equal("data/bootstrap/acme.json", BootstrapFiles.PathOf("acme"));
    }

    private static BootstrapMedians Read(string json, string channel)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement m = doc.RootElement.GetProperty("channels").GetProperty(channel);
        static double Minutes(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.PositiveInfinity : e.GetDouble();
        return new BootstrapMedians("read", Minutes(m.GetProperty("median")), [.. m.GetProperty("bootstrap").EnumerateArray().Select(Minutes)]);
    }

    private static List<WaitObservation> Waits(double typical, int n) =>
        [.. Enumerable.Range(1, n).Select(i => new WaitObservation(typical * (0.2 + ((i % 9) * 0.3)), i % 7 != 0))];
}
