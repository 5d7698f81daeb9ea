namespace BrandPulse.Statistics.Tests;

public sealed class HolidayBoundsTests
{
    private static DateTimeOffset Madrid(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday_matches_the_published_dates(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Easter.Sunday(year));

    [Fact]
    public void The_statutory_days_of_2027_are_the_nine_no_region_can_replace()
    {
        Assert.Equal(
            ["2027-01-01", "2027-03-26", "2027-05-01", "2027-08-15", "2027-10-12", "2027-11-01", "2027-12-06", "2027-12-08", "2027-12-25"],
            ProvisionalHolidays.Statutory(2027).Select(h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_committed_calendar_bounds_2027_and_leaves_the_held_years_as_they_are()
    {
        // Given the committed calendar and its bounds
        HolidayCalendar held = HolidayCalendar.Spain;
        HolidayBounds bounds = HolidayBounds.Spain;

        // Then the year after the last held one is the provisional one, marked so on both bounds
        Assert.Equal(2027, bounds.ProvisionalYear);
        Assert.Equal([2027], bounds.Earliest.ProvisionalYears);
        Assert.Empty(held.ProvisionalYears);

        // And on every day of the held years, in every region, both bounds say what the held calendar says
        foreach (string region in held.Regions)
        {
            for (var day = new DateOnly(2025, 1, 1); day.Year <= 2026; day = day.AddDays(1))
            {
                bool working = held.IsWorkingDay(day, region);
                Assert.Equal(working, bounds.Earliest.IsWorkingDay(day, region));
                Assert.Equal(working, bounds.Latest.IsWorkingDay(day, region));
            }
        }

        // And a year after the provisional one is still missing, never guessed
        Assert.Throws<CalendarYearMissingException>(() => bounds.Latest.IsWorkingDay(new DateOnly(2028, 1, 4), "ES"));
    }

    [Fact]
    public void Madrid_2027_candidates_follow_the_rules_of_its_held_years()
    {
        HolidayBounds bounds = HolidayBounds.Spain;

        // Replaceable national days, Easter-relative days and Mondays after a Sunday day are candidates in Madrid
        foreach (DateOnly day in new DateOnly[] { new(2027, 1, 6), new(2027, 3, 19), new(2027, 3, 25), new(2027, 3, 29), new(2027, 7, 26), new(2027, 8, 16), new(2027, 5, 3) })
        {
            Assert.False(bounds.Latest.IsWorkingDay(day, "ES-MD"), $"{day} should be a candidate holiday in Madrid");
            Assert.True(bounds.Earliest.IsWorkingDay(day, "ES-MD"), $"{day} is not statutory, so the earliest bound works it");
        }

        // Madrid's 2026 Mondays were moves off a Sunday (1 Nov, 6 Dec 2026): in 2027 those dates are ordinary Tuesdays
        Assert.True(bounds.Latest.IsWorkingDay(new DateOnly(2027, 11, 2), "ES-MD"));
        Assert.True(bounds.Latest.IsWorkingDay(new DateOnly(2027, 12, 7), "ES-MD"));

        // Statutory days are off on both bounds
        Assert.False(bounds.Earliest.IsWorkingDay(new DateOnly(2027, 3, 26), "ES-MD"));
        Assert.False(bounds.Latest.IsWorkingDay(new DateOnly(2027, 3, 26), "ES-MD"));

        // Catalonia keeps its own days by rule: 24 June, and 27 December after San Esteban falls on a Sunday
        Assert.False(bounds.Latest.IsWorkingDay(new DateOnly(2027, 6, 24), "ES-CT"));
        Assert.False(bounds.Latest.IsWorkingDay(new DateOnly(2027, 12, 27), "ES-CT"));
        Assert.True(bounds.Latest.IsWorkingDay(new DateOnly(2027, 6, 24), "ES-MD"));
    }

    [Fact]
    public void A_complaint_of_14_december_2026_in_madrid_has_deadlines_on_6_and_7_january()
    {
        // Given a complaint sent Monday 14 December 2026 in Madrid. By hand: working days 15-18 Dec (1-4), 21-24 (5-8),
        // 25 Dec is off, 28-31 (9-12), 1 Jan 2027 is statutory, 4 and 5 Jan (13, 14). Wednesday 6 January (Epifanía)
        // is replaceable: counted as working it is day 15 (earliest deadline), as a holiday day 15 is Thursday 7 Jan.
        DeadlineClocks clocks = HolidayBounds.Spain.ClocksFor("ES-MD");
        DateTimeOffset sent = Madrid(2026, 12, 14, 10);

        Assert.Equal(new DateOnly(2027, 1, 6), clocks.Earliest.DeadlineDay(sent));
        Assert.Equal(new DateOnly(2027, 1, 7), clocks.Latest.DeadlineDay(sent));

        // When four complaints are judged: answered 6 Jan, 7 Jan, 8 Jan, and one unanswered observed to 7 Jan noon
        WrittenComplaint[] complaints =
        [
            new(sent, Madrid(2027, 1, 6, 12), Madrid(2027, 1, 20, 12)), // on time whatever the BOE says
            new(sent, Madrid(2027, 1, 7, 12), Madrid(2027, 1, 20, 12)), // on time only if 6 January is a holiday
            new(sent, Madrid(2027, 1, 8, 12), Madrid(2027, 1, 20, 12)), // late whatever the BOE says
            new(sent, null, Madrid(2027, 1, 7, 12)),                    // unanswered past the earliest deadline only
        ];
        WrittenComplaintFigures figures = WrittenComplaintFigures.Of(complaints, _ => clocks);

        // Then one on time, one late, two undetermined, none open; by hand the two undetermined ones are censored at
        // 14 working days (the latest clock saw 15 Dec - 5 Jan end, 6 Jan off), so at 15 the risk set is the on-time
        // answer (event at 15 on the earliest clock: 14 days ended) and the late one: S(15) = 1/2, share 0.5.
        Assert.Equal((4, 1, 1, 0, 2), (figures.N, figures.OnTime, figures.Late, figures.Open, figures.Undetermined));
        Assert.Equal(0.5, figures.AnsweredOnTime.Value!.Value, 1e-12);
    }

    [Fact]
    public void With_one_clock_as_both_bounds_nothing_is_undetermined()
    {
        WorkingDayClock clock = WorkingDayClock.For("ES-MD");
        DateTimeOffset sent = Madrid(2026, 12, 1, 10);
        WrittenComplaint[] complaints = [new(sent, Madrid(2026, 12, 30, 12), Madrid(2026, 12, 31, 12)), new(sent, null, Madrid(2026, 12, 10, 12))];

        WrittenComplaintFigures exact = WrittenComplaintFigures.Of(complaints, clock);
        WrittenComplaintFigures bounded = WrittenComplaintFigures.Of(complaints, _ => HolidayBounds.Spain.ClocksFor("ES-MD"));

        Assert.Equal(0, exact.Undetermined);
        Assert.Equal(exact, bounded);
    }
}
