using System.Globalization;

namespace BrandPulse.Statistics;

/// <summary>
/// The single definition of how durations, shares, counts and dates are rounded and written, used alike by pages,
/// charts and downloads. Everything is culture- and time-zone-independent (invariant culture, plain minutes, UTC):
/// the forms of each <see cref="SiteLanguage"/> are written out here rather than taken from a culture. The overloads
/// without a language write English; downloads never take a language.
/// </summary>
public static class Units
{
    /// <summary>The no-break space (U+00A0) Spanish puts between thousands and before "%".</summary>
    public const char NoBreakSpace = '\u00A0';

    private const int MinutesPerHour = 60;
    private const int MinutesPerDay = 24 * 60;

    private static readonly string[] EnglishMonths =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly string[] SpanishShortMonths =
        ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."];

    /// <summary>
    /// Rounds minutes to 0.1 minute, midpoint away from zero, on the decimal value as written (so 1.05 becomes
    /// 1.1 although the double 1.05 is slightly above 1.05 and 0.15 becomes 0.2 although it is slightly below).
    /// </summary>
    public static double RoundMinutes(double minutes)
    {
        if (!double.IsFinite(minutes))
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "Minutes must be finite.");
        }

        double rounded = Math.Abs(minutes) < 1e15
            ? (double)Math.Round((decimal)minutes, 1, MidpointRounding.AwayFromZero)
            : minutes;
        return rounded == 0 ? 0.0 : rounded; // no "-0.0"
    }

    /// <summary>Minutes for CSV/JSON downloads: rounded to 0.1, invariant, always one decimal ("12.5", "3.0"); empty for null.</summary>
    public static string FormatMinutesForDownload(double? minutes) =>
        minutes is double value ? RoundMinutes(value).ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>
    /// Short human duration: under a minute in whole seconds ("45 s"); then whole minutes ("12 min");
    /// from an hour on hours and minutes ("1 h 5 min", "2 h"); from a day on days and hours ("2 d 3 h", "1 d").
    /// Minute, hour and day forms are taken from <see cref="RoundMinutes"/> so they agree with downloads;
    /// each form rounds to its own last unit (midpoint away from zero). Null gives "not reached".
    /// </summary>
    public static string HumanDuration(double? minutes) => HumanDuration(minutes, SiteLanguage.English);

    /// <summary>
    /// <see cref="HumanDuration(double?)"/> in the given language. The unit symbols ("s", "min", "h", "d") are the
    /// same in English and Spanish ("3 h 5 min"); only the words for a median never reached differ.
    /// </summary>
    public static string HumanDuration(double? minutes, SiteLanguage language)
    {
        if (minutes is not double raw)
        {
            return NotReached(language);
        }

        if (raw < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), raw, "A duration cannot be negative.");
        }

        long seconds = (long)Math.Round(raw * 60, MidpointRounding.AwayFromZero);
        if (seconds < 60)
        {
            return Invariant($"{seconds} s");
        }

        double rounded = RoundMinutes(raw);
        long wholeMinutes = (long)Math.Round(rounded, MidpointRounding.AwayFromZero);
        if (wholeMinutes < MinutesPerHour)
        {
            return Invariant($"{Math.Max(wholeMinutes, 1)} min");
        }

        if (wholeMinutes < MinutesPerDay)
        {
            long hours = wholeMinutes / MinutesPerHour, rest = wholeMinutes % MinutesPerHour;
            return rest == 0 ? Invariant($"{hours} h") : Invariant($"{hours} h {rest} min");
        }

        long wholeHours = (long)Math.Round(rounded / MinutesPerHour, MidpointRounding.AwayFromZero);
        long days = wholeHours / 24, restHours = wholeHours % 24;
        return restHours == 0 ? Invariant($"{days} d") : Invariant($"{days} d {restHours} h");
    }

    /// <summary>What a duration reads when it was never reached (a median while over half are still waiting).</summary>
    public static string NotReached(SiteLanguage language) => language switch
    {
        SiteLanguage.Spanish => "sin alcanzar",
        _ => "not reached",
    };

    /// <summary>A share (0..1) as a whole percentage, midpoint away from zero, invariant ("87%"); empty for null.</summary>
    public static string Percent(double? share) => Percent(share, SiteLanguage.English);

    /// <summary>
    /// <see cref="Percent(double?)"/> in the given language: English "87%", Spanish "87 %" with a no-break space,
    /// so the sign never wraps onto a line of its own.
    /// </summary>
    public static string Percent(double? share, SiteLanguage language)
    {
        if (share is not double value)
        {
            return string.Empty;
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(share), value, "A share must be finite.");
        }

        decimal percent = Math.Round((decimal)value * 100m, 0, MidpointRounding.AwayFromZero);
        string number = LocalizeNumber(Invariant($"{(percent == 0 ? 0m : percent)}"), language);
        return language == SiteLanguage.Spanish ? number + NoBreakSpace + "%" : number + "%";
    }

    /// <summary>
    /// A count with thousands grouped as the language writes them: English "1,052" and "31,052"; Spanish groups
    /// only from five digits, with a no-break space ("1052", "31 052").
    /// </summary>
    public static string Count(long n, SiteLanguage language = SiteLanguage.English) =>
        LocalizeNumber(n.ToString(CultureInfo.InvariantCulture), language);

    /// <summary>
    /// A number rounded to <paramref name="decimals"/> places (midpoint away from zero, on the decimal value as
    /// written) in the language's form: English "1,234.5", Spanish "1234,5" and "12 345,5".
    /// </summary>
    public static string Number(double value, int decimals, SiteLanguage language)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= 1e15)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A number to write must be finite and below 1e15.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        decimal rounded = Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        string format = decimals == 0 ? "0" : "0." + new string('0', decimals);
        return LocalizeNumber((rounded == 0 ? 0m : rounded).ToString(format, CultureInfo.InvariantCulture), language);
    }

    /// <summary>
    /// Minutes for reading, rounded as in <see cref="RoundMinutes"/> and written with one decimal and the unit:
    /// English "1.5 min", Spanish "1,5 min"; null reads as <see cref="NotReached"/>.
    /// </summary>
    public static string Minutes(double? minutes, SiteLanguage language = SiteLanguage.English) =>
        minutes is double value ? Number(RoundMinutes(value), 1, language) + " min" : NotReached(language);

    /// <summary>
    /// Rewrites an invariant number ("-31052.25", as <c>ToString(CultureInfo.InvariantCulture)</c> writes it) in the
    /// language's form: English groups thousands with commas from four digits ("-31,052.25"); Spanish uses a decimal
    /// comma and groups with no-break spaces only from five digits ("-31 052,25", but "1052,25").
    /// </summary>
    public static string LocalizeNumber(string invariantNumber, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(invariantNumber);
        int start = invariantNumber.StartsWith('-') ? 1 : 0;
        int point = invariantNumber.IndexOf('.', StringComparison.Ordinal);
        int end = point < 0 ? invariantNumber.Length : point;
        if (!AllDigits(invariantNumber.AsSpan(start, end - start))
            || (point >= 0 && !AllDigits(invariantNumber.AsSpan(point + 1))))
        {
            throw new FormatException($"\"{invariantNumber}\" is not an invariant number (digits, an optional '-' and '.').");
        }

        bool spanish = language == SiteLanguage.Spanish;
        int digits = end - start;
        bool group = digits >= (spanish ? 5 : 4);
        char separator = spanish ? NoBreakSpace : ',';
        var text = new System.Text.StringBuilder(invariantNumber.Length + (digits / 3));
        text.Append(invariantNumber, 0, start);
        for (int i = start; i < end; i++)
        {
            if (group && i > start && (end - i) % 3 == 0)
            {
                text.Append(separator);
            }

            text.Append(invariantNumber[i]);
        }

        if (point >= 0)
        {
            text.Append(spanish ? ',' : '.').Append(invariantNumber, point + 1, invariantNumber.Length - point - 1);
        }

        return text.ToString();
    }

    /// <summary>A calendar date: English "4 Dec 2026" (as pages have always written it), Spanish "4 de diciembre de 2026".</summary>
    public static string Date(DateOnly date, SiteLanguage language = SiteLanguage.English) => language switch
    {
        SiteLanguage.Spanish => Invariant($"{date.Day} de {SpanishMonths[date.Month - 1]} de {date.Year}"),
        _ => Invariant($"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}"),
    };

    /// <summary>The UTC calendar date of an instant in Unix milliseconds, written as <see cref="Date(DateOnly, SiteLanguage)"/>.</summary>
    public static string Date(long unixMs, SiteLanguage language = SiteLanguage.English) =>
        Date(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime), language);

    /// <summary>The UTC month and year of an instant, short: English "Oct 2017", Spanish "oct. 2017".</summary>
    public static string MonthYear(long unixMs, SiteLanguage language = SiteLanguage.English)
    {
        DateTime date = DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime;
        return language == SiteLanguage.Spanish
            ? Invariant($"{SpanishShortMonths[date.Month - 1]} {date.Year}")
            : Invariant($"{EnglishMonths[date.Month - 1]} {date.Year}");
    }

    private static bool AllDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
