using System.Globalization;

namespace BrandPulse.Data.Import.Calls;

/// <summary>A time of day written <c>H:MM:SS</c> (call-centre logs), read strictly as seconds since midnight.</summary>
internal static class ClockTime
{
    public const int SecondsPerDay = 86_400;

    public static bool TryParse(string? text, out int seconds)
    {
        seconds = 0;
        string[] parts = (text ?? "").Trim().Split(':');
        if (parts.Length != 3 || parts[0].Length is < 1 or > 2 || parts[1].Length != 2 || parts[2].Length != 2
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        int h = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int m = int.Parse(parts[1], CultureInfo.InvariantCulture);
        int s = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (h > 23 || m > 59 || s > 59)
        {
            return false;
        }

        seconds = (h * 3600) + (m * 60) + s;
        return true;
    }

    /// <summary>The moment with clock time <paramref name="seconds"/> nearest to <paramref name="anchor"/> (the day before, of or after it).</summary>
    public static DateTime Nearest(int seconds, DateTime anchor)
    {
        DateTime best = anchor.Date.AddSeconds(seconds);
        foreach (int day in new[] { -1, 1 })
        {
            DateTime candidate = anchor.Date.AddDays(day).AddSeconds(seconds);
            if (Math.Abs((candidate - anchor).Ticks) < Math.Abs((best - anchor).Ticks))
            {
                best = candidate;
            }
        }

        return best;
    }
}
