namespace BrandPulse.Statistics.Tests;

public sealed class WrittenComplaintFiguresTests
{
    private static DateTimeOffset Madrid(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Share_on_time_is_kaplan_meier_at_15_working_days_with_open_complaints_censored()
    {
        // Given five complaints sent on Friday 4 December 2026 in Madrid (deadline: end of Wednesday 30 December)
        DateTimeOffset sent = Madrid(12, 4, 10);
        WrittenComplaint[] complaints =
        [
            new(sent, Madrid(12, 14, 10), Madrid(12, 31, 12)), // a: answered Mon 14 Dec, during working day 4
            new(sent, Madrid(12, 30, 12), Madrid(12, 31, 12)), // b: answered during working day 15: on time
            new(sent, Madrid(12, 31, 9), Madrid(12, 31, 12)),  // c: answered the day after the deadline: late (16)
            new(sent, null, Madrid(12, 31, 12)),               // d: unanswered, deadline passed: late, censored at 15
            new(sent, null, Madrid(12, 18, 12)),               // e: unanswered, observation ended Fri 18 Dec: open, censored at 7
        ];

        // When computed on Madrid's working-day clock
        WrittenComplaintFigures figures = WrittenComplaintFigures.Of(complaints, WorkingDayClock.For("ES-MD"));

        // Then, by hand (working days 9, 10, 11, 14, ... with 7 and 8 December off): a at 4, e censored at 7 (9, 10, 11,
        // 14, 15, 16, 17 ended), b at 15, d censored at 15 (events first), c at 16.
        // KM: at 4, n = 5 -> S = 4/5; at 15, n = 3 (e left) -> S = 4/5 * 2/3 = 8/15; share on time = 7/15 = 0.4667.
        // Greenwood var(log S) = 1/(5*4) + 1/(3*2) = 0.21667; log-log interval of S, turned into 1 - S:
        // [0.13693, 0.93167] (computed in Python with the formula of ConfidenceIntervals.LogLogBand).
        Assert.Equal(7.0 / 15, figures.AnsweredOnTime.Value!.Value, 1e-12);
        Assert.Equal(0.13692881726120754, figures.AnsweredOnTime.Lower!.Value, 1e-9);
        Assert.Equal(0.9316679121527972, figures.AnsweredOnTime.Upper!.Value, 1e-9);
        Assert.Equal((5, 2, 2, 1), (figures.N, figures.OnTime, figures.Late, figures.Open));
    }

    [Fact]
    public void Observation_into_a_missing_year_is_fine_when_the_deadline_is_in_the_calendar()
    {
        // Given one complaint sent 1 December 2026 (deadline in December) unanswered until 15 January 2027,
        // and one answered on 20 January 2027
        DateTimeOffset sent = Madrid(12, 1, 10);
        var january = new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.FromHours(1));
        WrittenComplaint[] complaints = [new(sent, null, january), new(sent, january.AddDays(5), january.AddDays(5))];

        // When computed, both are late, and no 2027 day was needed
        WrittenComplaintFigures figures = WrittenComplaintFigures.Of(complaints, WorkingDayClock.For("ES-MD"));
        Assert.Equal((0, 2, 0), (figures.OnTime, figures.Late, figures.Open));
        Assert.Equal(0.0, figures.AnsweredOnTime.Value);

        // But a complaint whose deadline falls in 2027 cannot be judged
        Assert.Throws<CalendarYearMissingException>(
            () => WrittenComplaintFigures.Of([new(Madrid(12, 18, 10), null, january)], WorkingDayClock.For("ES-MD")));
    }

    [Fact]
    public void Only_open_complaints_give_no_estimate()
    {
        DateTimeOffset sent = Madrid(12, 4, 10);
        WrittenComplaintFigures figures = WrittenComplaintFigures.Of([new(sent, null, Madrid(12, 10, 12))], WorkingDayClock.For("ES"));
        Assert.Null(figures.AnsweredOnTime.Value);
        Assert.Equal(1, figures.Open);
    }
}
