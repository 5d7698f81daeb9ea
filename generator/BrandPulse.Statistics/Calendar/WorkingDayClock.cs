namespace BrandPulse.Statistics;

/// <summary>
/// Counts working days for written complaints in one region, on that region's clock (Europe/Madrid; the Canary
/// Islands, ES-CN, keep Atlantic/Canary). Whole days are counted from the day after sending; the deadline is the
/// end of the N-th working day (15 for Ley 10/2025).
/// </summary>
public sealed class WorkingDayClock
{
    /// <summary>The law's deadline for written complaints, in working days.</summary>
    public const int DeadlineWorkingDays = 15;

    private readonly HolidayCalendar _calendar;

    private WorkingDayClock(HolidayCalendar calendar, string region, TimeZoneInfo timeZone)
    {
        _calendar = calendar;
        Region = region;
        TimeZone = timeZone;
    }

    /// <summary>The region whose holidays count ("ES" for national holidays only).</summary>
    public string Region { get; }

    /// <summary>The time zone whose calendar days are counted.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>
    /// The clock for <paramref name="region"/> ("ES", ES-MD, ES-CT, ES-CN, ES-PV, ...) on <paramref name="calendar"/>
    /// (the committed Spanish calendar by default). Unknown regions are refused.
    /// </summary>
    public static WorkingDayClock For(string region, HolidayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        calendar ??= HolidayCalendar.Spain;
        if (!calendar.Regions.Contains(region))
        {
            throw new ArgumentException(
                $"The holiday calendar has no region '{region}'; it knows {string.Join(", ", calendar.Regions.Order(StringComparer.Ordinal))}.",
                nameof(region));
        }

        return new WorkingDayClock(calendar, region, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneIdOf(region)));
    }

    /// <summary>Atlantic/Canary for ES-CN, Europe/Madrid for every other region.</summary>
    public static string TimeZoneIdOf(string region) => region == "ES-CN" ? "Atlantic/Canary" : "Europe/Madrid";

    /// <summary>The calendar day of <paramref name="instant"/> on this clock.</summary>
    public DateOnly LocalDay(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>True when <paramref name="day"/> is a working day here (see <see cref="HolidayCalendar.IsWorkingDay"/>).</summary>
    public bool IsWorkingDay(DateOnly day) => _calendar.IsWorkingDay(day, Region);

    /// <summary>
    /// Working days from the day after <paramref name="sent"/> through the day of <paramref name="answered"/>, both
    /// local: 0 for an answer the same day (or before the first working day).
    /// </summary>
    public int Between(DateTimeOffset sent, DateTimeOffset answered)
    {
        RequireOrder(sent, answered);
        return CountWorkingDays(LocalDay(sent).AddDays(1), LocalDay(answered));
    }

    /// <summary>The N-th working day after the day of sending (the last day an answer is on time).</summary>
    public DateOnly DeadlineDay(DateTimeOffset sent, int workingDays = DeadlineWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        DateOnly day = LocalDay(sent);
        for (int counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The end of <see cref="DeadlineDay"/>: local midnight starting the next day, as an instant.</summary>
    public DateTimeOffset DeadlineEnd(DateTimeOffset sent, int workingDays = DeadlineWorkingDays) =>
        StartOfDay(DeadlineDay(sent, workingDays).AddDays(1));

    /// <summary>True when <paramref name="answered"/> came before the end of the N-th working day.</summary>
    public bool OnTime(DateTimeOffset sent, DateTimeOffset answered, int workingDays = DeadlineWorkingDays)
    {
        RequireOrder(sent, answered);
        return answered < DeadlineEnd(sent, workingDays);
    }

    /// <summary>
    /// Working days after the day of sending that had fully ended by <paramref name="instant"/>. An answer at
    /// <paramref name="instant"/> is on time for an N-day deadline exactly when this is below N.
    /// </summary>
    public int Completed(DateTimeOffset sent, DateTimeOffset instant)
    {
        RequireOrder(sent, instant);
        return CountWorkingDays(LocalDay(sent).AddDays(1), LocalDay(instant).AddDays(-1));
    }

    /// <summary>Local midnight at the start of <paramref name="day"/>, as an instant.</summary>
    public DateTimeOffset StartOfDay(DateOnly day)
    {
        DateTime local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    private int CountWorkingDays(DateOnly first, DateOnly last)
    {
        int count = 0;
        for (DateOnly day = first; day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private static void RequireOrder(DateTimeOffset sent, DateTimeOffset later)
    {
        if (later < sent)
        {
            throw new ArgumentException($"{later:O} is before the complaint was sent ({sent:O}).", nameof(later));
        }
    }
}
