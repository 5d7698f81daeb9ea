namespace BrandPulse.Statistics;

/// <summary>
/// The held calendar extended by one year whose BOE resolution is not held yet, twice: <see cref="Earliest"/> counts
/// only that year's statutory days (so its deadlines are the earliest the real ones can be) and <see cref="Latest"/>
/// every candidate day (the latest). For held years both equal the held calendar, so nothing changes there. A
/// written complaint answered between the two deadlines is "undetermined until the calendar is published".
/// </summary>
/// <param name="Earliest">Held years as held; the provisional year with its statutory days only.</param>
/// <param name="Latest">Held years as held; the provisional year with every candidate day of each region.</param>
/// <param name="ProvisionalYear">The year after the last held one.</param>
public sealed record HolidayBounds(HolidayCalendar Earliest, HolidayCalendar Latest, int ProvisionalYear)
{
    private static readonly Lazy<HolidayBounds> LazySpain = new(() => Of(HolidayCalendar.Spain));

    /// <summary>The committed Spanish calendar with the year after its last one bounded.</summary>
    public static HolidayBounds Spain => LazySpain.Value;

    /// <summary>Bounds <paramref name="held"/>'s next year (the year after its last held one).</summary>
    public static HolidayBounds Of(HolidayCalendar held)
    {
        ArgumentNullException.ThrowIfNull(held);
        int year = held.Years.Max() + 1;
        HolidayCalendar earliest = held.WithProvisionalYear(year, ProvisionalHolidays.Statutory(year));
        var national = ProvisionalHolidays.Candidates(year, HolidayCalendar.National, held.Holidays).ToHashSet();
        var rows = national.Select(d => Candidate(d, HolidayCalendar.National)).ToList();
        foreach (string region in held.Regions.Where(r => r != HolidayCalendar.National).Order(StringComparer.Ordinal))
        {
            rows.AddRange(ProvisionalHolidays.Candidates(year, region, held.Holidays)
                .Where(d => !national.Contains(d)).Select(d => Candidate(d, region)));
        }

        return new HolidayBounds(earliest, held.WithProvisionalYear(year, rows), year);
    }

    /// <summary>The earliest and latest clock of <paramref name="region"/>.</summary>
    public DeadlineClocks ClocksFor(string region) =>
        new(WorkingDayClock.For(region, Earliest), WorkingDayClock.For(region, Latest));

    private static Holiday Candidate(DateOnly day, string region) => new(day, region, "candidate", ProvisionalHolidays.Source);
}
