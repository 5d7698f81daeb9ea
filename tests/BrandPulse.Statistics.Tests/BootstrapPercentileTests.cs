namespace BrandPulse.Statistics.Tests;

public sealed class BootstrapPercentileTests
{
    [Theory]
    [InlineData(200, 4, 195)] // k = ceil(5) = 5: the 5th smallest and the 5th largest (196th)
    [InlineData(1, 0, 0)]
    [InlineData(40, 0, 39)] // k = ceil(1.0) = 1: min and max
    [InlineData(41, 1, 39)] // k = ceil(1.025) = 2
    public void Interval_ends_are_the_k_th_smallest_and_k_th_largest_with_k_ceil_2_5_percent(int count, int low, int high)
    {
        // Given a number of replicates / When the indices are chosen / Then as worked out per row
        Assert.Equal((low, high), BootstrapPercentile.Indices(count));
    }

    [Fact]
    public void Interval_sorts_and_picks_the_order_statistics()
    {
        // Given 200 values 200, 199, ..., 1
        int[] values = [.. Enumerable.Range(1, 200).Reverse()];

        // When the interval is taken / Then the 5th smallest is 5 and the 5th largest is 196
        Assert.Equal((5, 196), BootstrapPercentile.Interval<int>(values));
    }
}
