using System.Globalization;

namespace BrandPulse.Statistics.Tests;

public sealed class UnitsTests
{
    [Theory]
    [InlineData(12.34, 12.3)]
    [InlineData(12.35, 12.4)] // midpoint away from zero
    [InlineData(1.05, 1.1)] // the double 1.05 is 1.0500000000000000444: rounds as written
    [InlineData(0.15, 0.2)] // the double 0.15 is 0.1499999999999999944: still rounds as written
    [InlineData(2.25, 2.3)]
    [InlineData(-0.04, 0.0)] // never "-0"
    [InlineData(0.0, 0.0)]
    public void RoundMinutes_rounds_to_a_tenth_midpoint_away_from_zero(double minutes, double expected)
    {
        // Given a duration / When rounded / Then to one decimal as written
        Assert.Equal(expected, Units.RoundMinutes(minutes));
    }

    [Fact]
    public void RoundMinutes_of_negative_zero_is_positive_zero()
    {
        // Given -0.04 / When rounded / Then +0 (so it never prints as "-0.0")
        Assert.False(double.IsNegative(Units.RoundMinutes(-0.04)));
    }

    [Theory]
    [InlineData(12.5, "12.5")]
    [InlineData(12.0, "12.0")]
    [InlineData(3.14159, "3.1")]
    [InlineData(1234567.25, "1234567.3")]
    [InlineData(null, "")]
    public void FormatMinutesForDownload_is_invariant_with_one_decimal(double? minutes, string expected)
    {
        // Given a duration or null / When formatted / Then invariant, no grouping, one decimal, empty for null
        Assert.Equal(expected, Units.FormatMinutesForDownload(minutes));
    }

    [Fact]
    public void Formatting_ignores_the_machine_culture()
    {
        // Given a German-like culture on the thread (decimal comma, dot grouping; built by hand because the
        // build runs in globalization-invariant mode where "de-DE" cannot be loaded)
        CultureInfo saved = CultureInfo.CurrentCulture;
        var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberDecimalSeparator = ",";
        german.NumberFormat.NumberGroupSeparator = ".";
        german.NumberFormat.PercentDecimalSeparator = ",";
        try
        {
            CultureInfo.CurrentCulture = german;
            Assert.Equal("1234,5", 1234.5.ToString(CultureInfo.CurrentCulture)); // the trap is armed

            // When formatting / Then still a decimal point
            Assert.Equal("1234.5", Units.FormatMinutesForDownload(1234.5));
            Assert.Equal("88%", Units.Percent(0.875));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(0.0, "0 s")]
    [InlineData(0.75, "45 s")]
    [InlineData(0.99, "59 s")] // 59.4 s
    [InlineData(0.995, "1 min")] // 59.7 s rounds to a full minute
    [InlineData(12.0, "12 min")]
    [InlineData(12.45, "13 min")] // 12.45 -> 12.5 (as downloaded) -> 13, so page and download agree
    [InlineData(59.96, "1 h")] // 60.0 after rounding: never "60 min"
    [InlineData(65.0, "1 h 5 min")]
    [InlineData(120.0, "2 h")]
    [InlineData(1439.0, "23 h 59 min")]
    [InlineData(1440.0, "1 d")]
    [InlineData(3060.0, "2 d 3 h")] // 51 h
    [InlineData(3089.0, "2 d 3 h")] // 51.48 h
    [InlineData(3090.0, "2 d 4 h")] // 51.5 h: midpoint away from zero
    [InlineData(null, "not reached")]
    public void HumanDuration_uses_the_largest_sensible_units(double? minutes, string expected)
    {
        // Given a duration / When described / Then as listed
        Assert.Equal(expected, Units.HumanDuration(minutes));
    }

    [Fact]
    public void HumanDuration_rejects_negative_durations()
    {
        // Given a negative wait / When described / Then refused
        Assert.Throws<ArgumentOutOfRangeException>(() => Units.HumanDuration(-1));
    }

    [Theory]
    [InlineData(0.87, "87%")]
    [InlineData(0.875, "88%")] // midpoint away from zero
    [InlineData(0.285, "29%")] // 0.285 * 100 is 28.499999999999996 in doubles; rounds as written
    [InlineData(0.5, "50%")]
    [InlineData(1.0, "100%")]
    [InlineData(0.0, "0%")]
    [InlineData(null, "")]
    public void Percent_is_a_whole_invariant_percentage(double? share, string expected)
    {
        // Given a share / When formatted / Then whole percent
        Assert.Equal(expected, Units.Percent(share));
    }
}
