using System.Text.Json;

namespace BrandPulse.Data.Import.Spreadsheet;

/// <summary>
/// Which column of someone's spreadsheet holds which field. Required: <c>brand</c> or <c>account</c>, <c>channel</c>
/// (unless one channel is given for the whole file), <c>complained_at</c>; optional: <c>answered_at</c>, <c>ref</c>,
/// <c>observed_until</c>.
/// </summary>
public sealed record SpreadsheetMapping(
    string? Brand, string? Account, string? Channel, string ComplainedAt, string? AnsweredAt, string? Ref, string? ObservedUntil)
{
    public static IReadOnlyList<string> Fields { get; } =
        ["brand", "account", "channel", "complained_at", "answered_at", "ref", "observed_until"];

    /// <summary>Reads <c>brand=ColA,channel=ColB,...</c> (the form of <c>--map</c>).</summary>
    public static SpreadsheetMapping Parse(string map, bool channelGiven)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string part in map.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new FormatException($"--map: '{part}' is not field=Column");
            }

            if (!pairs.TryAdd(part[..eq].Trim(), part[(eq + 1)..].Trim()))
            {
                throw new FormatException($"--map: {part[..eq].Trim()} is mapped twice");
            }
        }

        return From(pairs, channelGiven, "--map");
    }

    /// <summary>Reads a JSON object of field names to column names (the form of <c>--mapping FILE.json</c>).</summary>
    public static SpreadsheetMapping FromJson(string json, bool channelGiven, string origin)
    {
        Dictionary<string, string>? pairs;
        try
        {
            pairs = JsonSerializer.Deserialize<Dictionary<string, string>>(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{origin}: not a JSON object of field names to column names ({e.Message})", e);
        }

        return From(new Dictionary<string, string>(pairs ?? [], StringComparer.OrdinalIgnoreCase), channelGiven, origin);
    }

    private static SpreadsheetMapping From(Dictionary<string, string> pairs, bool channelGiven, string origin)
    {
        string[] unknown = [.. pairs.Keys.Where(k => !Fields.Contains(k, StringComparer.OrdinalIgnoreCase))];
        if (unknown.Length > 0)
        {
            throw new FormatException($"{origin}: unknown field {string.Join(", ", unknown)}; fields: {string.Join(", ", Fields)}");
        }

        string? Get(string field) => pairs.TryGetValue(field, out string? column) && column.Trim().Length > 0 ? column.Trim() : null;
        var missing = new List<string>();
        if (Get("brand") is null && Get("account") is null) missing.Add("brand (or account)");
        if (Get("channel") is null && !channelGiven) missing.Add("channel (or --channel)");
        if (Get("channel") is not null && channelGiven) throw new FormatException($"{origin}: a channel column and --channel: give one");
        if (Get("complained_at") is null) missing.Add("complained_at");
        if (missing.Count > 0)
        {
            throw new FormatException($"{origin}: missing {string.Join(", ", missing)}");
        }

        return new SpreadsheetMapping(Get("brand"), Get("account"), Get("channel"), Get("complained_at")!, Get("answered_at"),
            Get("ref"), Get("observed_until"));
    }

    /// <summary>Each mapped field with its column.</summary>
    public IEnumerable<(string Field, string Column)> Columns()
    {
        string?[] columns = [Brand, Account, Channel, ComplainedAt, AnsweredAt, Ref, ObservedUntil];
        for (int i = 0; i < columns.Length; i++)
        {
            if (columns[i] is { } column)
            {
                yield return (Fields[i], column);
            }
        }
    }
}
