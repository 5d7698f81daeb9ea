namespace BrandPulse.Data.Import.Text;

/// <summary>
/// The ISO 8601 forms exports write most, read without the general parser: <c>2024-05-02T09:00:00Z</c> and
/// <c>2024-05-02T09:00:00+02:00</c>, exactly (no spaces, no fraction), fields in range, years 1900 to 2100. Anything
/// else (false) is left to <see cref="Model.IsoTime.TryParse"/>, which accepts all this accepts, with the same value,
/// and explains what it refuses.
/// </summary>
internal static class CanonicalIsoTime
{
    public static bool TryParse(string? text, out long unixMs)
    {
        unixMs = 0;
        if (text is null || (text.Length != 20 && text.Length != 25)
            || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day)
            || !TryDigits(text, 11, 2, out int hour) || !TryDigits(text, 14, 2, out int minute) || !TryDigits(text, 17, 2, out int second))
        {
            return false;
        }

        int offsetMinutes;
        if (text.Length == 20)
        {
            if (text[19] != 'Z')
            {
                return false;
            }

            offsetMinutes = 0;
        }
        else if (text[19] is not ('+' or '-') || text[22] != ':'
            || !TryDigits(text, 20, 2, out int offsetHour) || !TryDigits(text, 23, 2, out int offsetMinute) || offsetMinute > 59)
        {
            return false;
        }
        else
        {
            offsetMinutes = (offsetHour * 60) + offsetMinute;
            if (offsetMinutes > 14 * 60)
            {
                return false;
            }

            offsetMinutes = text[19] == '-' ? -offsetMinutes : offsetMinutes;
        }

        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        unixMs = new DateTimeOffset(local, TimeSpan.FromMinutes(offsetMinutes)).ToUnixTimeMilliseconds();
        return true;
    }

    /// <summary>The <paramref name="count"/> ASCII digits at <paramref name="start"/> as a number; false if any is not a digit.</summary>
    internal static bool TryDigits(string s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
