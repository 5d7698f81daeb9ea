using System.Globalization;
using System.Text.Json;
using BrandPulse.Data.Import;

namespace BrandPulse.Data.Fetch;

/// <summary>Reads fields of an API answer; a missing or mistyped field stops the run (exit 1) naming the path and field.</summary>
internal static class JsonFields
{
    public static string Text(JsonElement e, string name, string path) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw Unexpected(path, $"'{name}' missing or not a string");

    public static string? OptionalText(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static IEnumerable<JsonElement> Array(JsonElement e, string name, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Unexpected(path, "the answer is not a JSON object");
        }

        if (!e.TryGetProperty(name, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : throw Unexpected(path, $"'{name}' is not an array");
    }

    /// <summary>An ISO 8601 time with offset or Z, as Unix ms; null when absent or unreadable.</summary>
    public static long? TryTime(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset at)
            ? at.ToUnixTimeMilliseconds()
            : null;

    public static long Time(JsonElement e, string name, string path) =>
        TryTime(Text(e, name, path)) ?? throw Unexpected(path, $"'{name}' is not an ISO 8601 time");

    public static FetchStoppedException Unexpected(string path, string what) =>
        new(ExitCodes.Failed, $"unexpected answer from {path}: {what}; progress before it is saved");
}
