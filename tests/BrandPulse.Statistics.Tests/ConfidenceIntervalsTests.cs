namespace BrandPulse.Statistics.Tests;

public sealed class ConfidenceIntervalsTests
{
    private const double Precision = 1e-9;

    [Fact]
    public void Z95_is_the_975_percent_normal_quantile()
    {
        // Given R's qnorm(0.975) = 1.959963984540054
        // When compared / Then the constant is exactly that double
        Assert.Equal(1.959963984540054, ConfidenceIntervals.Z95);
    }

    [Fact]
    public void Wilson_interval_for_8_of_10_matches_prop_test_without_correction()
    {
        // Given 8 of 10: z^2 = 3.841459, denominator 1 + z^2/10 = 1.384146,
        // centre (0.8 + 0.192073) / 1.384146 = 0.716741, half 1.959964 * sqrt(.016 + .009604) / 1.384146 = 0.226578
        // When computed
        ShareEstimate rate = ConfidenceIntervals.Wilson(8, 10);

        // Then [0.490162, 0.943318], as R prop.test(8, 10, correct = FALSE)$conf.int prints 0.4901625 0.9433178
        Assert.Equal(0.8, rate.Value!.Value, Precision);
        Assert.Equal(0.4901624715366418, rate.Lower!.Value, Precision);
        Assert.Equal(0.9433178485456247, rate.Upper!.Value, Precision);
    }

    [Fact]
    public void Wilson_interval_at_the_edges_is_anchored_at_0_and_1()
    {
        // Given 0 of 5 and 1 of 1
        // When computed
        ShareEstimate none = ConfidenceIntervals.Wilson(0, 5);
        ShareEstimate all = ConfidenceIntervals.Wilson(1, 1);

        // Then 0/5: [0, z^2 / (5 + z^2)] = [0, 3.841459 / 8.841459] = [0, 0.434482];
        // 1/1: [(1 + z^2/2 - z^2/2) / (1 + z^2), 1] = [1 / 4.841459, 1] = [0.206549, 1]
        Assert.Equal((0.0, 0.0), (none.Value, none.Lower));
        Assert.Equal(0.43448246478317476, none.Upper!.Value, Precision);
        Assert.Equal(1.0 / (1 + (ConfidenceIntervals.Z95 * ConfidenceIntervals.Z95)), all.Lower!.Value, Precision);
        Assert.Equal(1.0, all.Upper);
    }

    [Fact]
    public void Wilson_interval_for_no_trials_is_unknown()
    {
        // Given nothing / When computed / Then no rate at all
        Assert.Equal(ShareEstimate.Unknown, ConfidenceIntervals.Wilson(0, 0));
    }

    [Fact]
    public void Log_band_is_symmetric_on_the_log_scale_and_capped_at_1()
    {
        // Given S = .5 and se(log S) = .5
        // When the band is computed
        var (lower, upper) = ConfidenceIntervals.LogBand(0.5, 0.5);

        // Then .5 * exp(-.979982) = .187659 and .5 * exp(.979982) = 1.332 capped to 1
        Assert.Equal(0.18765892870658823, lower!.Value, Precision);
        Assert.Equal(1.0, upper);
        Assert.Equal((null, null), ConfidenceIntervals.LogBand(0, double.PositiveInfinity));
    }

    [Fact]
    public void Log_log_band_is_undefined_at_0_and_1()
    {
        // Given S at the edges / When computed / Then no band, as NA in R
        Assert.Equal((null, null), ConfidenceIntervals.LogLogBand(1, 0));
        Assert.Equal((null, null), ConfidenceIntervals.LogLogBand(0, double.PositiveInfinity));
    }

    [Fact]
    public void Log_log_band_matches_hand_computation()
    {
        // Given S = 1/7, se(log S) = sqrt(6/7) = .925820 (the reference curve at 52 minutes)
        // When computed
        var (lower, upper) = ConfidenceIntervals.LogLogBand(1.0 / 7, Math.Sqrt(6.0 / 7));

        // Then log S = -1.945910, log(-log S) = .665730, k = 1.959964 * .925820 / log S = -.932506;
        // lower = exp(-exp(.665730 + .932506)) = .007124, upper = exp(-exp(.665730 - .932506)) = .464941
        Assert.Equal(1 - 0.9928761359237616, lower!.Value, 1e-9);
        Assert.Equal(1 - 0.5350586446844932, upper!.Value, 1e-9);
    }
}
