namespace BrandPulse.Statistics;

/// <summary>
/// The two bounds on a year whose BOE resolution of fiestas laborales is not held yet. A deadline counted with
/// <see cref="Statutory"/> days only is the EARLIEST the real one can be: those days are holidays in every region by
/// law (Real Decreto 2001/1983, art. 45; Estatuto de los Trabajadores, art. 37.2: they cannot be replaced). A deadline
/// counted with <see cref="Candidates"/> is the LATEST it can be on the days the calendar models: every day a region
/// may take (the replaceable national days, the Monday after a national day that falls on a Sunday) and every day
/// the region took in a held year, by the same rule (the same date, or the same distance from Easter).
/// </summary>
public static class ProvisionalHolidays
{
    /// <summary>The source named on every generated row.</summary>
    public const string Source = "provisional: BOE resolution for this year not held (Real Decreto 2001/1983, art. 45)";

    /// <summary>The nine days no region can replace, dated for <paramref name="year"/> (weekends included: they simply do not count).</summary>
    public static IReadOnlyList<Holiday> Statutory(int year)
    {
        DateOnly easter = Easter.Sunday(year);
        return
        [
            Row(new DateOnly(year, 1, 1), "Año Nuevo"),
            Row(easter.AddDays(-2), "Viernes Santo"),
            Row(new DateOnly(year, 5, 1), "Fiesta del Trabajo"),
            Row(new DateOnly(year, 8, 15), "Asunción de la Virgen"),
            Row(new DateOnly(year, 10, 12), "Fiesta Nacional de España"),
            Row(new DateOnly(year, 11, 1), "Todos los Santos"),
            Row(new DateOnly(year, 12, 6), "Día de la Constitución Española"),
            Row(new DateOnly(year, 12, 8), "Inmaculada Concepción"),
            Row(new DateOnly(year, 12, 25), "Natividad del Señor"),
        ];

        Holiday Row(DateOnly date, string name) => new(date, HolidayCalendar.National, name, Source);
    }

    /// <summary>
    /// Every day that may be a holiday in <paramref name="region"/> in <paramref name="year"/>: the statutory days,
    /// the replaceable national days (Epifanía, San José, Jueves Santo, Lunes de Pascua, Santiago), the Monday after
    /// each of those days falling on a Sunday, and the region's days of the held years <paramref name="held"/> moved
    /// to <paramref name="year"/> by the same rule. For "ES" only the national days.
    /// </summary>
    public static IReadOnlyList<DateOnly> Candidates(int year, string region, IEnumerable<Holiday> held)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(held);
        DateOnly easter = Easter.Sunday(year);
        var days = new SortedSet<DateOnly>(Statutory(year).Select(h => h.Date))
        {
            new(year, 1, 6), new(year, 3, 19), easter.AddDays(-3), easter.AddDays(1), new(year, 7, 25),
        };
        foreach (Holiday h in held.Where(h => h.Region == HolidayCalendar.National || h.Region == region))
        {
            if (IsMovedFromSunday(h.Date))
            {
                continue; // a national day moved off a Sunday that year: the Sunday rule below covers the new year
            }

            int fromEaster = h.Date.DayNumber - Easter.Sunday(h.Date.Year).DayNumber;
            days.Add(fromEaster is >= -7 and <= 1 ? easter.AddDays(fromEaster) : SameDate(h.Date, year));
        }

        foreach (DateOnly sunday in days.Where(d => d.DayOfWeek == DayOfWeek.Sunday).ToList())
        {
            days.Add(sunday.AddDays(1));
        }

        return [.. days.Where(d => d.Year == year)];
    }

    private static bool IsMovedFromSunday(DateOnly day) =>
        day.DayOfWeek == DayOfWeek.Monday
        && (Statutory(day.Year).Any(s => s.Date == day.AddDays(-1)) || day.AddDays(-1) == new DateOnly(day.Year, 1, 6));

    private static DateOnly SameDate(DateOnly day, int year) =>
        new(year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)));
}
