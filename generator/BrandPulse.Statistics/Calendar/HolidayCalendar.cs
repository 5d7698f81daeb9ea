using System.Globalization;

namespace BrandPulse.Statistics;

/// <summary>
/// Spain's non-working days as data: national days ("ES") plus each region's own, one CSV row each with its
/// source (date,region,name,source). Saturdays and Sundays are never working days and are not listed.
/// A day in a year the calendar does not hold raises <see cref="CalendarYearMissingException"/>.
/// </summary>
public sealed class HolidayCalendar
{
    /// <summary>The national region code: a calendar for "ES" uses national days only.</summary>
    public const string National = "ES";

    private const string ResourceName = "BrandPulse.Statistics.Calendar.holidays-es.csv";
    private static readonly Lazy<HolidayCalendar> LazySpain = new(LoadSpain);
    private readonly Dictionary<(DateOnly, string), Holiday> _byDayAndRegion;

    private HolidayCalendar(IReadOnlyList<Holiday> holidays, IReadOnlySet<int>? provisionalYears = null)
    {
        Holidays = holidays;
        ProvisionalYears = provisionalYears ?? new HashSet<int>();
        _byDayAndRegion = holidays.ToDictionary(h => (h.Date, h.Region));
        Years = holidays.Select(h => h.Date.Year).ToHashSet();
        Regions = holidays.Select(h => h.Region).Append(National).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The committed calendar (embedded Calendar/holidays-es.csv).</summary>
    public static HolidayCalendar Spain => LazySpain.Value;

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>The years the calendar holds (a year is held when it has at least one national row).</summary>
    public IReadOnlySet<int> Years { get; }

    /// <summary>
    /// Years held with generated rows (<see cref="ProvisionalHolidays"/>) because their BOE resolution is not held:
    /// empty for the committed calendar; see <see cref="HolidayBounds"/>.
    /// </summary>
    public IReadOnlySet<int> ProvisionalYears { get; }

    /// <summary>"ES" and every region with rows of its own.</summary>
    public IReadOnlySet<string> Regions { get; }

    /// <summary>
    /// True for Monday to Friday days that are neither a national holiday nor one of <paramref name="region"/>'s.
    /// Throws <see cref="CalendarYearMissingException"/> for a year outside the calendar (weekends included: no guess),
    /// and <see cref="ArgumentException"/> for a region the calendar does not know.
    /// </summary>
    public bool IsWorkingDay(DateOnly day, string region)
    {
        RequireRegion(region);
        if (!Years.Contains(day.Year))
        {
            throw new CalendarYearMissingException(day, [.. Years]);
        }

        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        return !_byDayAndRegion.ContainsKey((day, National))
            && (region == National || !_byDayAndRegion.ContainsKey((day, region)));
    }

    /// <summary>The holiday that makes <paramref name="day"/> a non-working day in <paramref name="region"/>, if any.</summary>
    public Holiday? HolidayOn(DateOnly day, string region)
    {
        RequireRegion(region);
        return _byDayAndRegion.GetValueOrDefault((day, National))
            ?? (region == National ? null : _byDayAndRegion.GetValueOrDefault((day, region)));
    }

    /// <summary>This calendar with <paramref name="rows"/> added for <paramref name="year"/>, marked provisional.</summary>
    internal HolidayCalendar WithProvisionalYear(int year, IEnumerable<Holiday> rows)
    {
        if (Years.Contains(year))
        {
            throw new ArgumentException($"{year} is held; only a year without a resolution gets provisional rows.", nameof(year));
        }

        return new HolidayCalendar([.. Holidays, .. rows], new HashSet<int>(ProvisionalYears) { year });
    }

    /// <summary>Parses calendar CSV; errors name the source, line, field and why.</summary>
    public static HolidayCalendar Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? header = reader.ReadLine();
        if (header?.TrimStart('\uFEFF') != "date,region,name,source")
        {
            throw new FormatException($"{sourceName}:1: header must be 'date,region,name,source', got '{header}'.");
        }

        var rows = new List<Holiday>();
        var seen = new HashSet<(DateOnly, string)>();
        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = SplitCsvLine(line, sourceName, lineNumber);
            if (fields.Length != 4)
            {
                throw new FormatException($"{sourceName}:{lineNumber}: expected 4 fields (date,region,name,source), got {fields.Length}.");
            }

            if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: field 'date' must be yyyy-MM-dd, got '{fields[0]}'.");
            }

            string region = fields[1];
            if (region != National && !(region.StartsWith("ES-", StringComparison.Ordinal) && region.Length is >= 4 and <= 6))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: field 'region' must be ES or an ISO 3166-2 code like ES-MD, got '{region}'.");
            }

            if (string.IsNullOrWhiteSpace(fields[2]) || string.IsNullOrWhiteSpace(fields[3]))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: fields 'name' and 'source' must not be empty.");
            }

            if (!seen.Add((date, region)))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: {fields[0]} is listed twice for {region}.");
            }

            rows.Add(new Holiday(date, region, fields[2], fields[3]));
        }

        var nationalYears = rows.Where(r => r.Region == National).Select(r => r.Date.Year).ToHashSet();
        Holiday? orphan = rows.FirstOrDefault(r => !nationalYears.Contains(r.Date.Year));
        if (orphan is not null)
        {
            throw new FormatException($"{sourceName}: {orphan.Region} has a row in {orphan.Date.Year}, a year with no national rows.");
        }

        foreach (string region in rows.Select(r => r.Region).Where(r => r != National).Distinct())
        {
            int? gap = nationalYears.Order().Cast<int?>().FirstOrDefault(y => !rows.Any(r => r.Region == region && r.Date.Year == y));
            if (gap is int year)
            {
                throw new FormatException($"{sourceName}: {region} has no rows in {year}; a region is listed for every year or left out.");
            }
        }

        return new HolidayCalendar(rows);
    }

    private void RequireRegion(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (!Regions.Contains(region))
        {
            throw new ArgumentException(
                $"The holiday calendar has no region '{region}'; it knows {string.Join(", ", Regions.Order(StringComparer.Ordinal))}.",
                nameof(region));
        }
    }

    private static HolidayCalendar LoadSpain()
    {
        using Stream stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader, "Calendar/holidays-es.csv");
    }

    /// <summary>RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes, not line breaks).</summary>
    private static string[] SplitCsvLine(string line, string sourceName, int lineNumber)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        int i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new FormatException($"{sourceName}:{lineNumber}: field {fields.Count + 1} has an unclosed quote.");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw new FormatException($"{sourceName}:{lineNumber}: field {fields.Count + 1} has text after its closing quote.");
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return [.. fields];
            }

            i++; // the comma
        }
    }
}
