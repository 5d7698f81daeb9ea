using System.Globalization;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Import.Spreadsheet;

/// <summary>
/// Reads times from other people's files: ISO 8601 with an offset (or Z) always; a custom .NET format
/// (<c>--time-format</c>, e.g. <c>dd/MM/yyyy HH:mm</c>) when given; a time without offset only in the zone named by
/// <c>--time-zone</c>, never in the machine's zone.
/// </summary>
public sealed class SpreadsheetTime(string? format, TimeZoneInfo? zone)
{
    private static readonly string[] s_isoLocal =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    private readonly bool _formatHasOffset = format is not null && (format.Contains('z') || format.Contains('K'));
    private readonly bool _formatIsUtc = format is not null && format.Contains("'Z'", StringComparison.Ordinal);

    public bool TryParse(string? text, out long unixMs, out string error)
    {
        unixMs = 0;
        string t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            error = "empty time";
            return false;
        }

        if (format is not null)
        {
            return TryCustom(t, out unixMs, out error);
        }

        if (CanonicalIsoTime.TryParse(t, out unixMs))
        {
            error = "";
            return true;
        }

        if (IsoTime.TryParse(t, out unixMs, out error))
        {
            return true;
        }

        if (!DateTime.TryParseExact(t, s_isoLocal, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            return false;
        }

        return InZone(local, t, out unixMs, out error);
    }

    private bool TryCustom(string t, out long unixMs, out string error)
    {
        unixMs = 0;
        error = "";
        if (_formatHasOffset)
        {
            if (DateTimeOffset.TryParseExact(t, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset withOffset))
            {
                unixMs = withOffset.ToUnixTimeMilliseconds();
                return true;
            }
        }
        else if (DateTime.TryParseExact(t, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            if (_formatIsUtc)
            {
                unixMs = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero).ToUnixTimeMilliseconds();
                return true;
            }

            return InZone(local, t, out unixMs, out error);
        }

        error = $"'{Clip(t)}' does not match the time format '{format}'";
        return false;
    }

    private bool InZone(DateTime local, string t, out long unixMs, out string error)
    {
        unixMs = 0;
        if (zone is null)
        {
            error = $"'{Clip(t)}' has no UTC offset: give --time-zone (e.g. Europe/Berlin) or write it like 2024-05-02T09:00:00+02:00";
            return false;
        }

        return ZonedTime.TryToUnixMs(local, zone, out unixMs, out error);
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
