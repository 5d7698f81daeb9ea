using System.Text.Json.Nodes;
using BrandPulse.Generator.Downloads;
using BrandPulse.Generator.Localization;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// The columns of the downloads beside rankings.csv (per complaint, channel gap, monthly trend), described once for the
/// data package and the data dictionary: the types here, the titles and meanings from the interface strings
/// (<c>dict.PREFIX.title</c>, <c>dict.PREFIX.COLUMN</c>).
/// </summary>
public static class DownloadTables
{
    /// <summary>A download: its resource name, file, the prefix of its strings, its columns' types, its primary key.</summary>
    public sealed record Table(string Name, string Path, string Prefix, IReadOnlyList<(string Column, string Type)> Columns, IReadOnlyList<string> Key)
    {
        /// <summary>The key of the table's title in the strings.</summary>
        public string TitleKey => $"dict.{Prefix}.title";

        /// <summary>The columns, described in the language of <paramref name="text"/>.</summary>
        public IReadOnlyList<DataField> Fields(Strings text) =>
            [.. Columns.Select(c => new DataField(c.Column, c.Type, text[$"dict.{Prefix}.{c.Column}"]))];
    }

    public static IReadOnlyList<Table> All { get; } =
    [
        new("complaints", "complaints.csv", "complaints", Fields(ComplaintsCsv.Columns, new Dictionary<string, string>
        {
            ["brand"] = "string",
            ["slug"] = "string",
            ["channel"] = "string",
            ["complained_hour_utc"] = "string",
            ["seconds_waited"] = "integer",
            ["minutes_waited"] = "number",
            ["answered"] = "boolean",
            ["answer_kind"] = "string",
            ["seconds_to_substantive_answer"] = "integer",
            ["source"] = "string",
            ["illustrative"] = "boolean",
            ["selected_because_answered"] = "boolean",
            ["left_out_for_quality"] = "string",
            ["reference"] = "string",
            ["outcome"] = "string",
            ["campaign"] = "string",
            ["protocol_min_wait_seconds"] = "integer",
            ["seconds_to_ask_for_person"] = "integer",
            ["menu_offered_person"] = "boolean",
            ["complaint_language"] = "string",
            ["answer_language"] = "string",
            ["tracking_code"] = "boolean",
        }), []),
        new("channel-gap", "channel-gap.csv", "gap", Fields(GapAndTrendCsv.GapColumns, new Dictionary<string, string>
        {
            ["brand"] = "string",
            ["slug"] = "string",
            ["twitter_complaints"] = "integer",
            ["twitter_median_minutes"] = "number",
            ["phone_complaints"] = "integer",
            ["phone_median_minutes"] = "number",
            ["phone_to_twitter_ratio"] = "number",
            ["ratio_lower"] = "number",
            ["ratio_upper"] = "number",
            ["phone_illustrative"] = "boolean",
        }), ["slug"]),
        new("trend", "trend.csv", "trend", Fields(GapAndTrendCsv.TrendColumns, new Dictionary<string, string>
        {
            ["brand"] = "string",
            ["slug"] = "string",
            ["channel"] = "string",
            ["month"] = "string",
            ["complaints"] = "integer",
            ["answered"] = "integer",
            ["median_minutes"] = "number",
            ["median_lower_minutes"] = "number",
            ["median_upper_minutes"] = "number",
        }), ["slug", "channel", "month"]),
    ];

    /// <summary>The tables as Frictionless tabular data resources, described in the language of <paramref name="text"/>.</summary>
    /// <param name="path">Where a resource's file is, from its name ("complaints.csv").</param>
    public static IEnumerable<JsonNode> Resources(Strings text, Func<string, string> path) => All.Select(t => (JsonNode)new JsonObject
    {
        ["name"] = t.Name,
        ["path"] = path(t.Path),
        ["profile"] = "tabular-data-resource",
        ["title"] = text[t.TitleKey],
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8",
        ["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["header"] = true },
        ["schema"] = new JsonObject
        {
            ["fields"] = new JsonArray([.. t.Fields(text).Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["type"] = f.Type, ["description"] = f.Description })]),
            ["missingValues"] = new JsonArray(""),
            ["primaryKey"] = t.Key.Count == 0 ? null : new JsonArray([.. t.Key.Select(k => (JsonNode)k)]),
        },
    });

    private static List<(string, string)> Fields(string[] columns, Dictionary<string, string> types) =>
        columns.Select(c => (c, types[c])).ToList();
}
