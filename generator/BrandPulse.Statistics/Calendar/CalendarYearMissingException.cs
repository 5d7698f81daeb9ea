namespace BrandPulse.Statistics;

/// <summary>
/// A working-day count needed a day whose year the holiday calendar does not hold. The count is refused rather
/// than guessed: add that year's BOE resolution to Calendar/holidays-es.csv.
/// </summary>
public sealed class CalendarYearMissingException : Exception
{
    /// <summary>Creates the error for <paramref name="day"/>.</summary>
    public CalendarYearMissingException(DateOnly day, IReadOnlyCollection<int> knownYears)
        : base($"The holiday calendar has no year {day.Year} (needed for {day:yyyy-MM-dd}); it holds {string.Join(", ", knownYears.Order())}.")
    {
        Day = day;
    }

    /// <summary>The day that could not be classified.</summary>
    public DateOnly Day { get; }

    /// <summary>The missing year.</summary>
    public int Year => Day.Year;
}
