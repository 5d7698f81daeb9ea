namespace BrandPulse.Statistics.Tests;

/// <summary>
/// Cases for the port of findq from therneau/survival R/quantile.survfit.R, worked through R's steps by hand:
/// max(y) &lt; p -> NA; drop duplicated y; i1 / i2 from approx(y +/- tol, 1:n, p, "constant", f = 1);
/// (x[i1] + x[i2]) / 2; last point within tol of p -> (x[i1] + xmax) / 2.
/// </summary>
public sealed class QuantileFinderTests
{
    [Fact]
    public void Plain_crossing_returns_the_first_time_at_or_past_p()
    {
        // Given a CDF 0, .3, .6, 1 at 0, 1, 2, 3
        // When p = .5 / Then i1 = i2 = the point at 2
        Assert.Equal(2.0, QuantileFinder.Find([0, 1, 2, 3], [0, .3, .6, 1], 0.5));
    }

    [Fact]
    public void Flat_exactly_at_p_returns_the_midpoint_to_the_next_jump()
    {
        // Given a CDF 0, .5, .5 (censoring, a duplicate), .8 at 0, 1, 2, 4
        // When p = .5 / Then the duplicate at 2 is dropped: i1 = 1 (y = .5), i2 = 4 (y = .8) -> 2.5
        Assert.Equal(2.5, QuantileFinder.Find([0, 1, 2, 4], [0, .5, .5, .8], 0.5));
    }

    [Fact]
    public void A_curve_ending_a_hair_below_p_is_not_reached_even_within_tolerance()
    {
        // Given a CDF whose maximum is .5 - 1e-9 (within tol of .5 but below it)
        // When p = .5 / Then R's first check max(y) < p returns NA
        Assert.Null(QuantileFinder.Find([0, 1, 2], [0, .3, .5 - 1e-9], 0.5));
    }

    [Fact]
    public void A_curve_ending_within_tolerance_above_p_uses_the_last_time_of_the_curve()
    {
        // Given a CDF .5 + 1e-9 from 2 on, with a censored time at 5 (duplicate y) as the curve's last time
        // When p = .5 / Then max(y) >= p, i1 = 2, no i2, and the last kept y is within tol -> (2 + 5) / 2
        Assert.Equal(3.5, QuantileFinder.Find([0, 1, 2, 5], [0, .3, .5 + 1e-9, .5 + 1e-9], 0.5));
    }

    [Fact]
    public void Missing_band_values_are_skipped()
    {
        // Given a band that is NA at its end (S = 0 there)
        // When p = .5 / Then NA is ignored and the crossing at 2 is found
        Assert.Equal(2.0, QuantileFinder.Find([0, 1, 2, 3], [0, .2, .6, double.NaN], 0.5));
    }

    [Fact]
    public void A_band_that_never_leaves_zero_before_NA_gives_not_reached()
    {
        // Given an upper band capped at 1 (y = 0) until S = 0 (NA)
        // When p = .5 / Then max(y, na.rm = TRUE) = 0 < .5 -> NA
        Assert.Null(QuantileFinder.Find([0, 1, 2, 3], [0, 0, 0, double.NaN], 0.5));
    }
}
