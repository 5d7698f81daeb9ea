using System.Globalization;

namespace BrandPulse.Data.Model;

/// <summary>ISO 8601 times that carry their offset (or Z): a time without one is ambiguous and is refused.</summary>
public static class IsoTime
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    /// <summary>Parses <paramref name="text"/> to Unix ms UTC, or explains why it can't.</summary>
    public static bool TryParse(string? text, out long unixMs, out string error)
    {
        unixMs = 0;
        error = "";
        string t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            error = "empty time";
            return false;
        }

        if (DateTimeOffset.TryParseExact(t, s_formats, CultureInfo.InvariantCulture,
                t.EndsWith('Z') ? DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal : DateTimeStyles.None,
                out DateTimeOffset parsed))
        {
            unixMs = parsed.ToUnixTimeMilliseconds();
            return true;
        }

        error = DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? $"'{Truncate(t)}' has no UTC offset: write it like 2024-05-02T09:00:00+02:00 or ...Z"
            : $"'{Truncate(t)}' is not an ISO 8601 time like 2024-05-02T09:00:00+02:00";
        return false;
    }

    public static string Format(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
