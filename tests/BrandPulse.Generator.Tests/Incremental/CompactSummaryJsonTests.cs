using System.Text.Json;
using BrandPulse.Generator.Incremental;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Tests.Incremental;

/// <summary>The build cache's compact form of a summary gives back exactly the published figures.</summary>
public sealed class CompactSummaryJsonTests
{
    private static readonly JsonSerializerOptions s_options = new() { Converters = { new CompactSummaryJson() } };

    [Fact]
    public void A_summary_read_back_from_the_cache_has_the_same_figures()
    {
        // Given summaries of real-looking samples: answered, all waiting (medians not reached), empty
        ResponseSummary[] summaries =
        [
            ResponseSummary.Of([new(10, true), new(15, true), new(23, true), new(30, true), new(35, true), new(52, true), new(100, false)]),
            ResponseSummary.Of([new(0.1, true), new(3.25, false), new(7.0 / 3.0, true)]),
            ResponseSummary.Of([new(5, false), new(9, false)]),
            ResponseSummary.Of([]),
        ];

        foreach (ResponseSummary summary in summaries)
        {
            // When it is written and read back
            string json = JsonSerializer.Serialize(summary, s_options);
            ResponseSummary back = JsonSerializer.Deserialize<ResponseSummary>(json, s_options)!;

            // Then every figure is equal, to the last bit
            Assert.Equal(summary, back);
            Assert.Equal(JsonSerializer.Serialize(summary), JsonSerializer.Serialize(back));
            Assert.StartsWith("[", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Numbers_json_cannot_hold_are_kept_as_text()
    {
        var summary = new ResponseSummary(3, 1, new ShareEstimate(1.0 / 3, 0.06, 0.79),
            new QuantileEstimate(double.PositiveInfinity, 4.5, null), QuantileEstimate.NotReached,
            ShareEstimate.Unknown, ShareEstimate.Unknown, ShareEstimate.Unknown);

        ResponseSummary back = JsonSerializer.Deserialize<ResponseSummary>(JsonSerializer.Serialize(summary, s_options), s_options)!;

        Assert.Equal(summary, back);
        Assert.Equal(double.PositiveInfinity, back.Median.Value);
    }
}
