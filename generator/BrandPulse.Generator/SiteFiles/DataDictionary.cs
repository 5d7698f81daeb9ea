using System.Text;
using BrandPulse.Generator.Downloads;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// What each column of <c>rankings.csv</c> means, in the order the CSV has them (<see cref="RankingRow.Columns"/>).
/// The data package's schema and the data dictionary (<c>data/data-dictionary.md</c>, in Spanish
/// <c>es/data/data-dictionary.md</c>) are both written from this one list: the types here, the meanings from the
/// interface strings (<c>dict.rankings.COLUMN</c>). Column names and values are the same in every language.
/// </summary>
public static class DataDictionary
{
    private static readonly Dictionary<string, string> s_types = new(StringComparer.Ordinal)
    {
        ["brand"] = "string",
        ["slug"] = "string",
        ["industry"] = "string",
        ["channel"] = "string",
        ["status"] = "string",
        ["complaints"] = "integer",
        ["answered"] = "integer",
        ["still_waiting"] = "integer",
        ["response_rate"] = "number",
        ["response_rate_lower"] = "number",
        ["response_rate_upper"] = "number",
        ["median_minutes"] = "number",
        ["median_lower_minutes"] = "number",
        ["median_upper_minutes"] = "number",
        ["p90_minutes"] = "number",
        ["p90_lower_minutes"] = "number",
        ["p90_upper_minutes"] = "number",
        ["answered_within_15min"] = "number",
        ["answered_within_1h"] = "number",
        ["answered_within_24h"] = "number",
        ["answered_within_3min"] = "number",
        ["first_answers_classified"] = "integer",
        ["deflection_share"] = "number",
        ["substantive_median_minutes"] = "number",
        ["answered_only_share"] = "number",
        ["rank"] = "integer",
        ["rank_lower"] = "integer",
        ["rank_upper"] = "integer",
        ["illustrative"] = "boolean",
        ["selected_because_answered"] = "boolean",
        ["left_out_for_quality"] = "integer",
        ["period_start"] = "date",
        ["period_end"] = "date",
        ["reached_human_within_3min"] = "number",
        ["callcentre_within_3min"] = "number",
        ["law_3min_verdict"] = "string",
        ["law_more_calls_needed"] = "string",
        ["answered_within_15_working_days"] = "number",
        ["written_late"] = "integer",
        ["volunteers"] = "integer",
        ["campaign"] = "string",
        ["law_scope"] = "string",
        ["answered_in_complaint_language"] = "number",
        ["written_undetermined"] = "integer",
    };

    /// <summary>Where the data dictionary of a language is published.</summary>
    public static string PathOf(SiteLanguage language) => SiteLanguages.Prefix(language) + "data/data-dictionary.md";

    /// <summary>Every column of the CSV, in order, described in the language of <paramref name="text"/>. A column not described here gets the type of its values.</summary>
    public static IReadOnlyList<DataField> Fields(SiteModel model, Strings text)
    {
        // The rows' values only for a column without a type here (none today): working them out for every row was most
        // of the cost of the four files that list the fields.
        var rows = new Lazy<List<IReadOnlyList<(string Column, object? Value)>>>(() => [.. model.Rankings.SelectMany(r => r.All).Select(RankingRow.Values)]);
        return RankingRow.Columns.Select(c => Describe(c, text) is { } known
                ? new DataField(c, known.Type, known.Description, c switch
                {
                    "status" => ["ranked", "shown", "too_few"],
                    "law_3min_verdict" => ["meets", "below", "cannot_tell", "not_applicable"],
                    "law_scope" => ["basic_service", "large_company", "not_covered", "unknown"],
                    _ => null,
                })
                : new DataField(c, TypeOf(rows.Value.Select(r => r.FirstOrDefault(v => v.Column == c).Value).FirstOrDefault(v => v is not null)), ""))
            .ToList();
    }

    /// <summary>Whether a column has a type here (its meaning is then required in every language's strings).</summary>
    public static bool Describes(string column) => s_types.ContainsKey(column) || IntervalOf(column) is not null;

    private static (string Type, string Description)? Describe(string column, Strings text)
    {
        if (s_types.TryGetValue(column, out string? type))
        {
            return (type, text["dict.rankings." + column]);
        }

        return IntervalOf(column) is { } interval
            ? (s_types[interval.Of], text.Format(interval.Key, ("column", interval.Of)))
            : null;
    }

    /// <summary>"x_lower"/"x_upper" of a described share x: the ends of its 95% interval.</summary>
    private static (string Of, string Key)? IntervalOf(string column)
    {
        foreach ((string suffix, string key) in new[] { ("_lower", "dict.interval_lower"), ("_upper", "dict.interval_upper") })
        {
            if (column.EndsWith(suffix, StringComparison.Ordinal) && s_types.ContainsKey(column[..^suffix.Length]))
            {
                return (column[..^suffix.Length], key);
            }
        }

        return null;
    }

    private static string TypeOf(object? value) => value switch
    {
        bool => "boolean",
        int or long => "integer",
        double or decimal or float => "number",
        _ => "string",
    };

    /// <summary>
    /// The data dictionary in the language of <paramref name="text"/>: the columns of every CSV, their types and
    /// meanings, the licences and sources. Column names, types and values are the same in every language.
    /// </summary>
    public static byte[] Markdown(SiteModel model, Strings text)
    {
        var sb = new StringBuilder();
        string header = $"| {text["dict.column"]} | {text["dict.type"]} | {text["dict.meaning"]} |\n| --- | --- | --- |\n";
        sb.Append($"# {text["dict.title"]}\n\n{text["dict.intro"]}\n\n").Append(header);
        foreach (DataField f in Fields(model, text))
        {
            sb.Append($"| `{f.Name}` | {f.Type} | {f.Description.Replace("|", "\\|")} |\n");
        }

        foreach (DownloadTables.Table table in DownloadTables.All)
        {
            sb.Append($"\n## {table.Path}\n\n{text[table.TitleKey]}.\n\n").Append(header);
            foreach (DataField f in table.Fields(text))
            {
                sb.Append($"| `{f.Name}` | {f.Type} | {f.Description.Replace("|", "\\|")} |\n");
            }
        }

        sb.Append($"\n## {text["dict.sources_heading"]}\n\n");
        foreach (DataSource s in DataSources.All)
        {
            sb.Append($"- {s.Title} ({s.Path}): {s.Licence}. {s.Attribution(text)}\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
