namespace BrandPulse.Statistics.Tests;

public sealed class PhoneMedianEstimateTests
{
    [Fact]
    public void Bootstrap_is_seeded_keyed_and_contains_the_point_median()
    {
        // Given 60 calls: reached at 10, 20, ..., 400 s (40 calls), and 20 callers who gave up at 5, 10, ..., 100 s
        PhoneCall[] calls = [.. Enumerable.Range(1, 40).Select(i => new PhoneCall(10 * i, PhoneOutcome.ReachedPerson)),
            .. Enumerable.Range(1, 20).Select(i => new PhoneCall(5 * i, PhoneOutcome.Abandoned))];

        // When estimated twice with the same seed and key
        PhoneMedianEstimate first = PhoneMedianEstimate.Of(calls, 200, seed: 42, key: "bank");
        PhoneMedianEstimate again = PhoneMedianEstimate.Of(calls, 200, seed: 42, key: "bank");

        // Then the point median is the Aalen-Johansen one: with no censoring F_R(t) is simply the share of all
        // 60 calls reached by t, so it first reaches 30/60 at the 30th answer, 300 s.
        Assert.Equal(300, first.Seconds);
        Assert.Equal(AalenJohansen.Fit(calls).Median(), first.Seconds);
        Assert.Equal(first, again);
        // Regression pin, not an independent value: the 5th and 196th of 200 replicate medians from our own
        // xoshiro256** stream, so any machine or runtime must give exactly these.
        Assert.Equal((220.0, 390.0), (first.LowerSeconds!.Value, first.UpperSeconds!.Value));
        Assert.True(first.LowerSeconds <= 300 && 300 <= first.UpperSeconds, $"{first}");
        Assert.True(first.UpperSeconds > first.LowerSeconds);
    }

    [Fact]
    public void Identical_calls_give_a_degenerate_interval_and_an_all_abandoned_line_is_not_reached()
    {
        // Given every call reached at 60 s, every replicate's median is 60 s
        PhoneMedianEstimate same = PhoneMedianEstimate.Of([.. Enumerable.Repeat(new PhoneCall(60, PhoneOutcome.ReachedPerson), 25)], 50, 1, "x");
        Assert.Equal((60.0, 60.0, 60.0), (same.Seconds!.Value, same.LowerSeconds!.Value, same.UpperSeconds!.Value));

        // Given every caller gave up, nothing is reached in any replicate
        PhoneMedianEstimate none = PhoneMedianEstimate.Of([.. Enumerable.Range(1, 25).Select(i => new PhoneCall(i, PhoneOutcome.Abandoned))], 50, 1, "x");
        Assert.Equal((null, null, null), (none.Seconds, none.LowerSeconds, none.UpperSeconds));
    }
}
