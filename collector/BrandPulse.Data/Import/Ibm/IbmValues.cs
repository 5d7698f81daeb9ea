using System.Globalization;
using System.Text.Json;

namespace BrandPulse.Data.Import.Ibm;

/// <summary>Strict readers for the values of the IBM conversations: ids from the raw token, never through a double.</summary>
internal static class IbmValues
{
    /// <summary>Milliseconds between the Unix epoch and Twitter's snowflake epoch (2010-11-04T01:42:54.657Z).</summary>
    public const long TwitterEpochMs = 1288834974657;

    private static readonly string[] s_formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"];

    /// <summary>The time a tweet id encodes: its top 41 bits are milliseconds since the Twitter epoch.</summary>
    public static long SnowflakeMs(long id) => (id >> 22) + TwitterEpochMs;

    public static JsonElement Required(JsonElement parent, string name, string path) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out JsonElement value)
            ? value
            : throw new IbmFieldException(path, $"{path} is missing");

    public static string Text(JsonElement value, string path)
    {
        string? s = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return string.IsNullOrWhiteSpace(s) ? throw new IbmFieldException(path, $"{path} is not a non-empty string") : s.Trim();
    }

    /// <summary>An id written as a JSON string or number, read from its raw text.</summary>
    public static long Id(JsonElement value, string path)
    {
        string raw = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => "",
        };
        return raw.Length > 0 && raw.All(char.IsAsciiDigit)
            && long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0
            ? id
            : throw new IbmFieldException(path, $"{path} '{Show(raw)}' is not a whole positive number");
    }

    /// <summary>An ISO-8601 time with a zone (<c>Z</c> or an offset), to Unix milliseconds.</summary>
    public static long Time(JsonElement value, string path)
    {
        string s = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        int t = s.IndexOf('T');
        bool zoned = t > 0 && (s.EndsWith('Z') || s.AsSpan(t).IndexOfAny('+', '-') >= 0);
        return zoned && DateTimeOffset.TryParseExact(s, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None,
            out DateTimeOffset time)
            ? time.ToUnixTimeMilliseconds()
            : throw new IbmFieldException(path, $"{path} '{Show(s)}' is not an ISO-8601 time with a zone");
    }

    private static string Show(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
