namespace BrandPulse.Statistics.Tests;

public sealed class WorkingDayClockTests
{
    // Friday 4 December 2026, 10:00 in Madrid (UTC+1)
    private static readonly DateTimeOffset SentFriday = new(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Deadline_around_the_december_holidays_is_not_a_plain_weekday_count()
    {
        // Given a complaint sent on Friday 4 December 2026
        // When the 15th working day is counted from Saturday 5 December
        DateOnly national = WorkingDayClock.For("ES").DeadlineDay(SentFriday);
        DateOnly madrid = WorkingDayClock.For("ES-MD").DeadlineDay(SentFriday);
        DateOnly canaries = WorkingDayClock.For("ES-CN").DeadlineDay(SentFriday);

        // Then, by hand: a plain count of weekdays (7-11, 14-18, 21-25 December) would end on Friday 25 December.
        // Nationally 8 December (Tuesday) and 25 December (Friday) are holidays: 7, 9, 10, 11 (4), 14-18 (9),
        // 21-24 (13), 28 (14), 29 (15) -> Tuesday 29 December. Madrid also rests on Monday 7 December -> Wednesday 30.
        // The Canaries do not (they moved that rest day to 30 May) -> Tuesday 29.
        Assert.Equal(new DateOnly(2026, 12, 29), national);
        Assert.Equal(new DateOnly(2026, 12, 30), madrid);
        Assert.Equal(new DateOnly(2026, 12, 29), canaries);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(1)), WorkingDayClock.For("ES-MD").DeadlineEnd(SentFriday));
    }

    [Fact]
    public void On_time_means_before_the_end_of_the_15th_working_day()
    {
        WorkingDayClock clock = WorkingDayClock.For("ES-MD");
        Assert.True(clock.OnTime(SentFriday, new DateTimeOffset(2026, 12, 30, 23, 59, 59, TimeSpan.FromHours(1))));
        Assert.False(clock.OnTime(SentFriday, new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal(14, clock.Completed(SentFriday, new DateTimeOffset(2026, 12, 30, 12, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal(15, clock.Completed(SentFriday, new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Working_days_are_counted_from_the_day_after_sending_skipping_weekends_and_holidays()
    {
        // Given sent Friday 4 December, answered Wednesday 9 December
        var answered = new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.FromHours(1));

        // Then nationally: Sat 5, Sun 6 no; Mon 7 (1); Tue 8 holiday; Wed 9 (2) -> 2. In Madrid 7 is a holiday too -> 1.
        Assert.Equal(2, WorkingDayClock.For("ES").Between(SentFriday, answered));
        Assert.Equal(1, WorkingDayClock.For("ES-MD").Between(SentFriday, answered));
        Assert.Equal(0, WorkingDayClock.For("ES").Between(SentFriday, SentFriday.AddHours(5)));
        Assert.Throws<ArgumentException>(() => WorkingDayClock.For("ES").Between(SentFriday, SentFriday.AddHours(-1)));
    }

    [Fact]
    public void The_canaries_count_days_on_their_own_clock()
    {
        // Given 23:30 UTC on Friday 4 December 2026: already Saturday 00:30 in Madrid, still Friday 23:30 in the Canaries
        var instant = new DateTimeOffset(2026, 12, 4, 23, 30, 0, TimeSpan.Zero);

        // Then the day of sending differs, and so does the deadline
        Assert.Equal(new DateOnly(2026, 12, 5), WorkingDayClock.For("ES").LocalDay(instant));
        Assert.Equal(new DateOnly(2026, 12, 4), WorkingDayClock.For("ES-CN").LocalDay(instant));
        Assert.Equal("Atlantic/Canary", WorkingDayClock.TimeZoneIdOf("ES-CN"));
    }

    [Fact]
    public void A_deadline_in_a_year_the_calendar_lacks_is_an_error()
    {
        // Given a complaint sent on 18 December 2026, its 15 working days run into January 2027, not in the calendar
        var sent = new DateTimeOffset(2026, 12, 18, 10, 0, 0, TimeSpan.FromHours(1));

        // Then the count is refused with the missing year
        CalendarYearMissingException error = Assert.Throws<CalendarYearMissingException>(() => WorkingDayClock.For("ES-MD").DeadlineDay(sent));
        Assert.Equal(2027, error.Year);
        Assert.Throws<ArgumentException>(() => WorkingDayClock.For("ES-AN"));
    }
}
