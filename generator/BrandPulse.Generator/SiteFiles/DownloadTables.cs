using System.Text.Json.Nodes;
using BrandPulse.Generator.Downloads;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// The columns of the downloads beside rankings.csv (per complaint, channel gap, monthly trend), described once for the
/// data package and the data dictionary.
/// </summary>
public static class DownloadTables
{
    public sealed record Table(string Name, string Path, string Title, IReadOnlyList<DataField> Fields, IReadOnlyList<string> Key);

    public static IReadOnlyList<Table> All { get; } =
    [
        new("complaints", "complaints.csv", "One row per complaint: enough to recompute every figure, nothing that identifies a complainant", Fields(ComplaintsCsv.Columns, new Dictionary<string, (string, string)>
        {
            ["brand"] = ("string", "The brand's name (formula-like names prefixed with an apostrophe)."),
            ["slug"] = ("string", "The brand's permanent identifier."),
            ["channel"] = ("string", "Where the complaint was made."),
            ["complained_hour_utc"] = ("string", "When the complaint was made, rounded down to the hour (UTC), e.g. 2020-03-24T12:00Z."),
            ["seconds_waited"] = ("integer", "Whole seconds until the first answer or, for a complaint still waiting, until the end of its observation. The exact input of every figure."),
            ["minutes_waited"] = ("number", "The same in minutes, rounded to 0.1."),
            ["answered"] = ("boolean", "true when the brand answered; false when still waiting at the end of observation (censored)."),
            ["answer_kind"] = ("string", "What the first answer was: substantive, private_channel, automatic, human, robot_only; empty when unknown."),
            ["seconds_to_substantive_answer"] = ("integer", "Whole seconds until the first substantive answer; empty when none came or unknown."),
            ["source"] = ("string", "The data set: twcs, ibm-cdp, manual, calls, call-log, csv, x, bluesky."),
            ["illustrative"] = ("boolean", "true for the made-up, illustrative phone log."),
            ["selected_because_answered"] = ("boolean", "true when the data set selected conversations because the brand answered."),
            ["left_out_for_quality"] = ("string", "Why the complaint is left out of the figures (e.g. negative_latency); empty when counted."),
            ["reference"] = ("string", "The complaint's public reference code, BP-XXXX-XXXX-XXXX: the same in every edition, made with a key BrandPulse keeps, so it reveals nothing about the complainant. Quote it to ask for a correction; shown beside the complaint on the brand's page."),
            ["outcome"] = ("string", "Phone only: how the call ended, as the figures count it: reached_person, abandoned (the caller hung up), cut_off (the line cut the call), busy_no_answer (never connected: counts at 0 seconds), no_person_offered. Empty on other channels."),
            ["campaign"] = ("string", "The field campaign the complaint was made for (its page is /campaigns/SLUG/); empty otherwise."),
            ["protocol_min_wait_seconds"] = ("integer", "Field calls: the campaign protocol's minimum wait. A call abandoned after it is not reached within 3 minutes and censored at the hang-up for the curve; one abandoned earlier broke the protocol and is left out of the phone figures. Empty otherwise."),
            ["seconds_to_ask_for_person"] = ("integer", "Field calls: whole seconds from the line connecting to the caller asking for a person; seconds_waited minus this is the time from asking to the outcome. Empty when not recorded."),
            ["menu_offered_person"] = ("boolean", "Field calls: true when the main menu offered a person; empty when not recorded."),
            ["complaint_language"] = ("string", "Language the complainant used: es, ca, gl, eu, en, other; empty when not recorded."),
            ["answer_language"] = ("string", "Language the answer (or, on the phone, the person) used, same codes; empty when not recorded or not answered."),
            ["tracking_code"] = ("boolean", "true when the brand gave a tracking code for the complaint; empty when not recorded."),
        }), []),
        new("channel-gap", "channel-gap.csv", "Per brand: median wait on the phone divided by the median wait on Twitter/X", Fields(GapAndTrendCsv.GapColumns, new Dictionary<string, (string, string)>
        {
            ["brand"] = ("string", "The brand's name."),
            ["slug"] = ("string", "The brand's permanent identifier."),
            ["twitter_complaints"] = ("integer", "Complaints on Twitter/X."),
            ["twitter_median_minutes"] = ("number", "Kaplan-Meier median wait on Twitter/X, minutes; empty when not reached."),
            ["phone_complaints"] = ("integer", "Complaints (calls) on the phone."),
            ["phone_median_minutes"] = ("number", "Time by which half of all callers had reached a person (Aalen-Johansen: giving up is an outcome, not a censoring), minutes; empty when not reached."),
            ["phone_to_twitter_ratio"] = ("number", "Phone median divided by Twitter/X median."),
            ["ratio_lower"] = ("number", "Lower end of its 95% bootstrap interval; empty when unbounded."),
            ["ratio_upper"] = ("number", "Upper end of its 95% bootstrap interval; empty when unbounded."),
            ["phone_illustrative"] = ("boolean", "true when the phone figures come from the illustrative log."),
        }), ["slug"]),
        new("trend", "trend.csv", "Per brand, channel and calendar month (UTC) with at least the minimum sample", Fields(GapAndTrendCsv.TrendColumns, new Dictionary<string, (string, string)>
        {
            ["brand"] = ("string", "The brand's name."),
            ["slug"] = ("string", "The brand's permanent identifier."),
            ["channel"] = ("string", "The channel."),
            ["month"] = ("string", "The month of the complaints, YYYY-MM (UTC)."),
            ["complaints"] = ("integer", "Complaints made that month."),
            ["answered"] = ("integer", "Of which answered."),
            ["median_minutes"] = ("number", "Kaplan-Meier median wait, minutes; empty when not reached."),
            ["median_lower_minutes"] = ("number", "Lower end of its 95% interval."),
            ["median_upper_minutes"] = ("number", "Upper end of its 95% interval; empty when not reached."),
        }), ["slug", "channel", "month"]),
    ];

    /// <summary>The tables as Frictionless tabular data resources.</summary>
    public static IEnumerable<JsonNode> Resources() => All.Select(t => (JsonNode)new JsonObject
    {
        ["name"] = t.Name,
        ["path"] = t.Path,
        ["profile"] = "tabular-data-resource",
        ["title"] = t.Title,
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8",
        ["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["header"] = true },
        ["schema"] = new JsonObject
        {
            ["fields"] = new JsonArray([.. t.Fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["type"] = f.Type, ["description"] = f.Description })]),
            ["missingValues"] = new JsonArray(""),
            ["primaryKey"] = t.Key.Count == 0 ? null : new JsonArray([.. t.Key.Select(k => (JsonNode)k)]),
        },
    });

    private static List<DataField> Fields(string[] columns, Dictionary<string, (string Type, string Description)> described) =>
        columns.Select(c => new DataField(c, described[c].Type, described[c].Description)).ToList();
}
