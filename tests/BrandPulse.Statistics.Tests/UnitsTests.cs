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

    private const char Nbsp = '\u00A0';

    [Theory]
    [InlineData(0.87, "87\u00A0%")]
    [InlineData(0.875, "88\u00A0%")] // midpoint away from zero, as in English
    [InlineData(0.285, "29\u00A0%")]
    [InlineData(0.0, "0\u00A0%")]
    [InlineData(1.0, "100\u00A0%")]
    [InlineData(null, "")]
    public void Percent_in_Spanish_puts_a_no_break_space_before_the_sign(double? share, string expected)
    {
        // Given a share / When written in Spanish / Then the sign follows a no-break space
        Assert.Equal(expected, Units.Percent(share, SiteLanguage.Spanish));
    }

    [Theory]
    [InlineData(0.82)]
    [InlineData(0.875)]
    [InlineData(null)]
    public void Percent_in_English_is_the_original_form(double? share)
    {
        // Given a share / When written in English explicitly / Then byte-identical to the original overload
        Assert.Equal(Units.Percent(share), Units.Percent(share, SiteLanguage.English));
        Assert.Equal("82%", Units.Percent(0.82, SiteLanguage.English));
    }

    [Theory]
    [InlineData(0L, "0", "0")]
    [InlineData(999L, "999", "999")]
    [InlineData(1052L, "1,052", "1052")] // Spanish groups only from five digits
    [InlineData(9999L, "9,999", "9999")]
    [InlineData(10000L, "10,000", "10\u00A0000")]
    [InlineData(31052L, "31,052", "31\u00A0052")]
    [InlineData(1234567L, "1,234,567", "1\u00A0234\u00A0567")]
    [InlineData(-31052L, "-31,052", "-31\u00A0052")]
    public void Count_groups_thousands_as_each_language_does(long n, string english, string spanish)
    {
        // Given a count / When written / Then English commas from four digits, Spanish no-break spaces from five
        Assert.Equal(english, Units.Count(n, SiteLanguage.English));
        Assert.Equal(spanish, Units.Count(n, SiteLanguage.Spanish));
    }

    [Fact]
    public void Count_in_English_matches_the_invariant_N0_pages_use()
    {
        // Given the counts pages write today with "N0" / When written by Units / Then the same text
        foreach (int n in new[] { 0, 7, 999, 1000, 1052, 31052, 999999, 1000000, int.MaxValue })
        {
            Assert.Equal(n.ToString("N0", CultureInfo.InvariantCulture), Units.Count(n));
        }
    }

    [Theory]
    [InlineData(1.5, "1.5 min", "1,5 min")]
    [InlineData(1.05, "1.1 min", "1,1 min")] // rounds as RoundMinutes does
    [InlineData(12.0, "12.0 min", "12,0 min")]
    [InlineData(1234.56, "1,234.6 min", "1234,6 min")]
    [InlineData(31052.25, "31,052.3 min", "31\u00A0052,3 min")]
    [InlineData(-0.04, "0.0 min", "0,0 min")] // never "-0,0"
    [InlineData(null, "not reached", "sin alcanzar")]
    public void Minutes_use_the_language_decimal_separator(double? minutes, string english, string spanish)
    {
        // Given minutes / When written for reading / Then one decimal, the language's separators, the unit
        Assert.Equal(english, Units.Minutes(minutes, SiteLanguage.English));
        Assert.Equal(spanish, Units.Minutes(minutes, SiteLanguage.Spanish));
    }

    [Theory]
    [InlineData(3.2, 1, "3.2", "3,2")]
    [InlineData(0.0049, 4, "0.0049", "0,0049")]
    [InlineData(2.25, 1, "2.3", "2,3")] // midpoint away from zero on the decimal as written
    [InlineData(19.4, 0, "19", "19")]
    [InlineData(-12345.678, 2, "-12,345.68", "-12\u00A0345,68")]
    public void Number_rounds_then_writes_the_language_form(double value, int decimals, string english, string spanish)
    {
        // Given a value and places / When written / Then rounded, in each language's form
        Assert.Equal(english, Units.Number(value, decimals, SiteLanguage.English));
        Assert.Equal(spanish, Units.Number(value, decimals, SiteLanguage.Spanish));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1,5")]
    [InlineData("1.")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData(".5")]
    public void LocalizeNumber_rejects_what_is_not_an_invariant_number(string text)
    {
        // Given text that is not an invariant number / When localized / Then a clear error, not a garbled figure
        FormatException error = Assert.Throws<FormatException>(() => Units.LocalizeNumber(text, SiteLanguage.Spanish));
        Assert.Contains(text, error.Message);
    }

    [Theory]
    [InlineData(0.0, "0 s")]
    [InlineData(0.75, "45 s")]
    [InlineData(12.45, "13 min")]
    [InlineData(185.0, "3 h 5 min")]
    [InlineData(120.0, "2 h")]
    [InlineData(3090.0, "2 d 4 h")]
    [InlineData(null, "sin alcanzar")]
    public void HumanDuration_in_Spanish_keeps_the_unit_symbols(double? minutes, string expected)
    {
        // Given a duration / When described in Spanish / Then the same symbols, Spanish words for "not reached"
        Assert.Equal(expected, Units.HumanDuration(minutes, SiteLanguage.Spanish));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(65.0)]
    [InlineData(3090.0)]
    [InlineData(null)]
    public void HumanDuration_in_English_is_the_original_form(double? minutes)
    {
        // Given a duration / When described in English explicitly / Then byte-identical to the original overload
        Assert.Equal(Units.HumanDuration(minutes), Units.HumanDuration(minutes, SiteLanguage.English));
    }

    [Theory]
    [InlineData(2026, 12, 4, "4 Dec 2026", "4 de diciembre de 2026")]
    [InlineData(2026, 1, 31, "31 Jan 2026", "31 de enero de 2026")]
    [InlineData(2027, 9, 1, "1 Sep 2027", "1 de septiembre de 2027")]
    [InlineData(2024, 2, 29, "29 Feb 2024", "29 de febrero de 2024")]
    public void Date_is_written_as_each_language_writes_it(int year, int month, int day, string english, string spanish)
    {
        // Given a calendar date / When written / Then English as pages always wrote it, Spanish in words, lower case
        var date = new DateOnly(year, month, day);
        Assert.Equal(english, Units.Date(date, SiteLanguage.English));
        Assert.Equal(spanish, Units.Date(date, SiteLanguage.Spanish));
    }

    [Fact]
    public void Date_in_English_matches_the_invariant_pattern_pages_use_for_every_month()
    {
        // Given the first day of each month / When written by Units / Then as "d MMM yyyy" in the invariant culture
        for (int month = 1; month <= 12; month++)
        {
            var date = new DateTime(2026, month, 1, 0, 0, 0, DateTimeKind.Utc);
            long ms = new DateTimeOffset(date).ToUnixTimeMilliseconds();
            Assert.Equal(date.ToString("d MMM yyyy", CultureInfo.InvariantCulture), Units.Date(ms));
        }
    }

    [Fact]
    public void Date_of_an_instant_is_its_UTC_day_whatever_the_local_zone()
    {
        // Given 4 December 2026 23:30 UTC (already the 5th in Madrid) / When written / Then the UTC day
        long ms = new DateTimeOffset(2026, 12, 4, 23, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        Assert.Equal("4 de diciembre de 2026", Units.Date(ms, SiteLanguage.Spanish));
        Assert.Equal("4 Dec 2026", Units.Date(ms, SiteLanguage.English));
    }

    [Fact]
    public void Spanish_forms_ignore_the_machine_culture()
    {
        // Given an English-like culture with odd separators on the thread (built by hand: invariant globalization)
        CultureInfo saved = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NumberDecimalSeparator = "·";
        odd.NumberFormat.NumberGroupSeparator = "'";
        try
        {
            CultureInfo.CurrentCulture = odd;
            Assert.Equal("1·5", 1.5.ToString(CultureInfo.CurrentCulture)); // the trap is armed

            // When writing Spanish figures / Then the Spanish forms, untouched by the thread's culture
            Assert.Equal("1,5 min", Units.Minutes(1.5, SiteLanguage.Spanish));
            Assert.Equal("31" + Nbsp + "052", Units.Count(31052, SiteLanguage.Spanish));
            Assert.Equal("82" + Nbsp + "%", Units.Percent(0.82, SiteLanguage.Spanish));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
