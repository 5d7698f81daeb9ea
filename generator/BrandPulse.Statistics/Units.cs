using System.Globalization;

namespace BrandPulse.Statistics;

/// <summary>
/// The single definition of how durations and shares are rounded and written, used alike by pages, charts
/// and downloads. Everything is culture- and time-zone-independent (invariant culture, plain minutes).
/// </summary>
public static class Units
{
    private const int MinutesPerHour = 60;
    private const int MinutesPerDay = 24 * 60;

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
    public static string HumanDuration(double? minutes)
    {
        if (minutes is not double raw)
        {
            return "not reached";
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

    /// <summary>A share (0..1) as a whole percentage, midpoint away from zero, invariant ("87%"); empty for null.</summary>
    public static string Percent(double? share)
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
        return Invariant($"{(percent == 0 ? 0m : percent)}%");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
