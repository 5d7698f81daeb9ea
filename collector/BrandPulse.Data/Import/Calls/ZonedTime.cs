using System.Globalization;

namespace BrandPulse.Data.Import.Calls;

/// <summary>
/// Local wall-clock times of a named IANA zone turned into UTC. A time that never happened (clocks moved forward) or
/// happened twice (clocks moved back) is refused with a reason, never shifted silently. The machine's zone is never used.
/// </summary>
public static class ZonedTime
{
    /// <summary>Finds the zone named <paramref name="id"/> (e.g. Europe/Berlin), or explains why it can't.</summary>
    public static bool TryFind(string? id, out TimeZoneInfo zone, out string error)
    {
        zone = TimeZoneInfo.Utc;
        error = "";
        string name = (id ?? "").Trim();
        if (name.Length == 0)
        {
            error = "no time zone given: name one like Europe/Berlin or Asia/Jerusalem";
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(name);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            error = $"unknown time zone '{name}': use an IANA name like Europe/Berlin or Asia/Jerusalem";
            return false;
        }
    }

    /// <summary>Unix ms (UTC) of the wall-clock time <paramref name="local"/> in <paramref name="zone"/>.</summary>
    public static bool TryToUnixMs(DateTime local, TimeZoneInfo zone, out long unixMs, out string error)
    {
        unixMs = 0;
        error = "";
        DateTime wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        string shown = wall.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        if (zone.IsInvalidTime(wall))
        {
            error = $"{shown} does not exist in {zone.Id} (the clocks skipped it)";
            return false;
        }

        if (zone.IsAmbiguousTime(wall))
        {
            error = $"{shown} happened twice in {zone.Id} (the clocks went back): its offset is ambiguous";
            return false;
        }

        unixMs = new DateTimeOffset(wall, zone.GetUtcOffset(wall)).ToUnixTimeMilliseconds();
        return true;
    }
}
