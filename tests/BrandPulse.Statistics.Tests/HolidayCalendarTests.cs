namespace BrandPulse.Statistics.Tests;

public sealed class HolidayCalendarTests
{
    [Fact]
    public void Committed_calendar_holds_the_boe_national_days_with_their_source()
    {
        // Given the embedded calendar
        HolidayCalendar calendar = HolidayCalendar.Spain;

        // Then 2025 and 2026 are held (2027's resolution could not be verified), every row names its source,
        // and the national days of BOE-A-2025-21667 are there
        Assert.Equal([2025, 2026], calendar.Years.Order());
        Assert.Equal(["ES", "ES-CN", "ES-CT", "ES-MD", "ES-PV"], calendar.Regions.Order(StringComparer.Ordinal));
        Assert.All(calendar.Holidays, h => Assert.Contains("BOE-A-", h.Source, StringComparison.Ordinal));
        DateOnly[] national2026 = [.. calendar.Holidays.Where(h => h.Region == "ES" && h.Date.Year == 2026).Select(h => h.Date)];
        Assert.Equal(
            [new(2026, 1, 1), new(2026, 1, 6), new(2026, 4, 3), new(2026, 5, 1), new(2026, 8, 15), new(2026, 10, 12),
             new(2026, 11, 1), new(2026, 12, 8), new(2026, 12, 25)],
            national2026);
        Assert.Contains("BOE-A-2025-21667", calendar.HolidayOn(new DateOnly(2026, 12, 8), "ES")!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Regional_days_replace_per_region_as_the_resolutions_say()
    {
        HolidayCalendar calendar = HolidayCalendar.Spain;

        // Holy Thursday 2025 (17 April): a holiday in Madrid, the Canaries and the Basque Country, not in Catalonia
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 4, 17), "ES-MD"));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 4, 17), "ES-CT"));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 4, 17), "ES"));

        // Monday 7 December 2026 (Constitution Day falls on a Sunday): moved to Monday in Madrid; the Canaries used
        // that day for 30 May (Decreto 61/2025) instead, so 7 December is a working day there
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 12, 7), "ES-MD"));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 12, 7), "ES-CN"));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 12, 7), "ES"));

        // San José 2026 only in the Basque Country of the four
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 19), "ES-PV"));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 3, 19), "ES-MD"));
    }

    [Fact]
    public void A_day_outside_the_calendar_years_is_an_error_not_a_guess()
    {
        HolidayCalendar calendar = HolidayCalendar.Spain;
        CalendarYearMissingException error = Assert.Throws<CalendarYearMissingException>(
            () => calendar.IsWorkingDay(new DateOnly(2027, 1, 4), "ES"));
        Assert.Equal(2027, error.Year);
        Assert.Contains("2027-01-04", error.Message, StringComparison.Ordinal);

        // weekends too: no day of a missing year is classified
        Assert.Throws<CalendarYearMissingException>(() => calendar.IsWorkingDay(new DateOnly(2024, 12, 28), "ES"));
        Assert.Throws<ArgumentException>(() => calendar.IsWorkingDay(new DateOnly(2026, 1, 2), "ES-XX"));
    }

    [Theory]
    [InlineData("date,region,name\n2026-01-01,ES,x", "x.csv:1: header")]
    [InlineData("date,region,name,source\n2026-13-01,ES,x,y", "x.csv:2: field 'date'")]
    [InlineData("date,region,name,source\n2026-01-01,Madrid,x,y", "x.csv:2: field 'region'")]
    [InlineData("date,region,name,source\n2026-01-01,ES,x,", "x.csv:2: fields 'name' and 'source'")]
    [InlineData("date,region,name,source\n2026-01-01,ES,\"x,y", "x.csv:2: field 3 has an unclosed quote")]
    [InlineData("date,region,name,source\n2026-01-01,ES,x,y\n2026-01-01,ES,z,y", "x.csv:3: 2026-01-01 is listed twice")]
    [InlineData("date,region,name,source\n2026-01-01,ES,x,y\n2027-01-01,ES-MD,z,y", "x.csv: ES-MD has a row in 2027")]
    [InlineData("date,region,name,source\n2025-01-01,ES,x,y\n2026-01-01,ES,x,y\n2026-05-02,ES-MD,z,y", "x.csv: ES-MD has no rows in 2025")]
    public void Bad_calendar_rows_name_file_line_and_field(string text, string expected)
    {
        FormatException error = Assert.Throws<FormatException>(() => HolidayCalendar.Parse(new StringReader(text), "x.csv"));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
