using System.Globalization;
using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Strict readers for the values of a twcs file, as written by Python's csv module, pandas or Excel. Each returns the
/// value or a reason (which quotes the offending value, shortened, only because ids, times and booleans are not
/// personal text).
/// </summary>
internal static class TwcsValues
{
    private const int Shown = 40;

    private static readonly string[] s_months =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// A tweet id: digits, or digits followed by <c>.0</c> (pandas wrote it as a float); scientific notation means the
    /// id lost its precision (Excel) and is refused.
    /// </summary>
    public static bool TryId(string raw, out long id, out string? reason)
    {
        reason = null;
        if (TryPlainId(raw, out id))
        {
            return true;
        }

        id = 0;
        string s = raw.Trim();
        int dot = s.IndexOf('.');
        string digits = dot < 0 ? s : s[..dot];
        if (s.Contains('e') || s.Contains('E'))
        {
            reason = $"id '{Show(s)}' is in scientific notation: precision lost — saved by Excel?";
        }
        else if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)
            || (dot >= 0 && (dot == s.Length - 1 || !s[(dot + 1)..].All(c => c == '0'))))
        {
            reason = $"id '{Show(s)}' is not a whole number";
        }
        else if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out id) || id == 0)
        {
            reason = $"id '{Show(s)}' is out of range";
        }

        return reason is null;
    }

    /// <summary>The common case: 1 to 18 ASCII digits, not all zero, nothing around them.</summary>
    private static bool TryPlainId(string raw, out long id)
    {
        id = 0;
        if (raw.Length is 0 or > 18)
        {
            return false;
        }

        foreach (char c in raw)
        {
            if (!char.IsAsciiDigit(c))
            {
                id = 0;
                return false;
            }

            id = (id * 10) + (c - '0');
        }

        return id != 0;
    }

    /// <summary>True/False in any case (Python writes <c>True</c>, Excel <c>TRUE</c>).</summary>
    public static bool TryBool(string raw, out bool value, out string? reason)
    {
        string s = raw.Trim();
        reason = null;
        value = s.Equals("true", StringComparison.OrdinalIgnoreCase);
        if (!value && !s.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            reason = $"inbound '{Show(s)}' is neither True nor False";
        }

        return reason is null;
    }

    /// <summary>
    /// Twitter's <c>Wed Oct 11 06:55:44 +0000 2017</c>, exactly (day of week checked), to Unix milliseconds UTC.
    /// </summary>
    public static bool TryCreatedAt(string raw, out long unixMs, out string? reason)
    {
        reason = null;
        return TryCanonicalCreatedAt(raw, out unixMs) || TryAnyCreatedAt(raw, out unixMs, out reason);
    }

    private static readonly string[] s_days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    /// <summary>
    /// The form Twitter writes, read without the general parser: names as written by Twitter, fields in range, the day
    /// of week right, a year from 1900 to 2100 and a possible offset. Anything else (false) is left to
    /// <see cref="TryAnyCreatedAt"/>, which accepts all this accepts, with the same value, and says why it refuses.
    /// </summary>
    internal static bool TryCanonicalCreatedAt(string raw, out long unixMs)
    {
        unixMs = 0;
        if (raw.Length != 30 || raw[3] != ' ' || raw[7] != ' ' || raw[10] != ' ' || raw[13] != ':' || raw[16] != ':'
            || raw[19] != ' ' || raw[20] is not ('+' or '-') || raw[25] != ' ')
        {
            return false;
        }

        int month = IndexOf(s_months, raw.AsSpan(4, 3)) + 1;
        int dayOfWeek = IndexOf(s_days, raw.AsSpan(0, 3));
        if (month == 0 || dayOfWeek < 0
            || !CanonicalIsoTime.TryDigits(raw, 8, 2, out int day) || !CanonicalIsoTime.TryDigits(raw, 11, 2, out int hour) || !CanonicalIsoTime.TryDigits(raw, 14, 2, out int minute)
            || !CanonicalIsoTime.TryDigits(raw, 17, 2, out int second) || !CanonicalIsoTime.TryDigits(raw, 21, 2, out int offsetHours)
            || !CanonicalIsoTime.TryDigits(raw, 23, 2, out int offsetMinutes) || !CanonicalIsoTime.TryDigits(raw, 26, 4, out int year))
        {
            return false;
        }

        if (year is < 1900 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59
            || second > 59 || offsetHours > 14 || offsetMinutes > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        if ((int)local.DayOfWeek != dayOfWeek)
        {
            return false;
        }

        int offset = (offsetHours * 60) + offsetMinutes;
        unixMs = new DateTimeOffset(local, TimeSpan.FromMinutes(raw[20] == '+' ? offset : -offset)).ToUnixTimeMilliseconds();
        return true;
    }

    private static int IndexOf(string[] names, ReadOnlySpan<char> name)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Any form the general parser accepts for <c>ddd MMM dd HH:mm:ss yyyy</c> with the offset checked apart.</summary>
    internal static bool TryAnyCreatedAt(string raw, out long unixMs, out string? reason)
    {
        unixMs = 0;
        reason = null;
        string[] parts = raw.Split(' ');
        if (parts.Length == 6
            && parts[4] is [('+' or '-') and var sign, var h1, var h2, var m1, var m2]
            && char.IsAsciiDigit(h1) && char.IsAsciiDigit(h2) && char.IsAsciiDigit(m1) && char.IsAsciiDigit(m2)
            && s_months.Contains(parts[1])
            && DateTime.TryParseExact($"{parts[0]} {parts[1]} {parts[2]} {parts[3]} {parts[5]}", "ddd MMM dd HH:mm:ss yyyy",
                CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
                out DateTime local))
        {
            int hours = ((h1 - '0') * 10) + (h2 - '0');
            int minutes = (hours * 60) + ((m1 - '0') * 10) + (m2 - '0');
            if (hours > 14 || m1 > '5')
            {
                reason = $"created_at '{Show(raw)}' has an impossible UTC offset";
                return false;
            }

            TimeSpan offset = TimeSpan.FromMinutes(sign == '+' ? minutes : -minutes);
            unixMs = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUnixTimeMilliseconds();
            return true;
        }

        reason = $"created_at '{Show(raw)}' is not like 'Wed Oct 11 06:55:44 +0000 2017'";
        return false;
    }

    private static string Show(string s) => s.Length <= Shown ? s : s[..Shown] + "…";
}
