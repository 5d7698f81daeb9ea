using System.Text;
using BrandPulse.Generator.Downloads;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// What each column of <c>rankings.csv</c> means, in the order the CSV has them (<see cref="RankingRow.Columns"/>).
/// The data package's schema and <c>data/data-dictionary.md</c> are both written from this one list.
/// </summary>
public static class DataDictionary
{
    private static readonly Dictionary<string, (string Type, string Description)> s_known = new(StringComparer.Ordinal)
    {
        ["brand"] = ("string", "The brand's name. A name a spreadsheet would run as a formula is prefixed with an apostrophe."),
        ["slug"] = ("string", "The brand's permanent identifier: its page is /brands/SLUG/."),
        ["industry"] = ("string", "The brand's industry; empty when unknown."),
        ["channel"] = ("string", "Where the complaint was made: twitter (Twitter/X), phone, email, chat, …"),
        ["status"] = ("string", "ranked: enough complaints to be ranked; shown: figures shown but not ranked; too_few: figures not shown on the pages."),
        ["complaints"] = ("integer", "Complaints counted in the figures."),
        ["answered"] = ("integer", "Complaints that had a first answer from the brand."),
        ["still_waiting"] = ("integer", "Complaints with no answer by the end of observation (counted as still waiting)."),
        ["response_rate"] = ("number", "Answered complaints as a share of all complaints (0 to 1)."),
        ["response_rate_lower"] = ("number", "Lower end of the 95% Wilson interval of the response rate."),
        ["response_rate_upper"] = ("number", "Upper end of the 95% Wilson interval of the response rate."),
        ["median_minutes"] = ("number", "Kaplan-Meier median time to the first answer, in minutes (0.1 minute); empty when not reached."),
        ["median_lower_minutes"] = ("number", "Lower end of the 95% confidence interval of the median, in minutes."),
        ["median_upper_minutes"] = ("number", "Upper end of the 95% confidence interval of the median, in minutes; empty when not reached."),
        ["p90_minutes"] = ("number", "Time by which 90% of complaints were answered, in minutes; empty when not reached."),
        ["p90_lower_minutes"] = ("number", "Lower end of the 95% confidence interval of the 90th percentile, in minutes."),
        ["p90_upper_minutes"] = ("number", "Upper end of the 95% confidence interval of the 90th percentile, in minutes; empty when not reached."),
        ["answered_within_15min"] = ("number", "Share of complaints answered within 15 minutes (0 to 1)."),
        ["answered_within_1h"] = ("number", "Share of complaints answered within 1 hour (0 to 1)."),
        ["answered_within_24h"] = ("number", "Share of complaints answered within 24 hours (0 to 1)."),
        ["answered_within_3min"] = ("number", "Kaplan-Meier share of complaints answered within 3 minutes (0 to 1). Empty for phone rows since methodology 2.0: a caller who gave up is not \"still waiting\"; see reached_human_within_3min."),
        ["first_answers_classified"] = ("integer", "First answers whose kind is known (substantive, move to a private channel, automatic, …)."),
        ["deflection_share"] = ("number", "Share of classified first answers that only moved the complaint to a private channel or were automatic (0 to 1)."),
        ["substantive_median_minutes"] = ("number", "Kaplan-Meier median time to the first substantive answer, in minutes; empty when unknown or not reached."),
        ["answered_only_share"] = ("number", "Share of the complaints that come from data sets selected because the brand answered (0 to 1)."),
        ["rank"] = ("integer", "Rank on the channel by median wait (1 is fastest); ranked rows only."),
        ["rank_lower"] = ("integer", "Best rank in the 95% bootstrap interval of the rank."),
        ["rank_upper"] = ("integer", "Worst rank in the 95% bootstrap interval of the rank."),
        ["illustrative"] = ("boolean", "true when the figures come from the made-up, illustrative phone log."),
        ["selected_because_answered"] = ("boolean", "true when every complaint comes from a data set selected because the brand answered (response rate 100% by construction)."),
        ["left_out_for_quality"] = ("integer", "Complaints stored but left out of the figures (e.g. answered before they were made)."),
        ["period_start"] = ("date", "Date of the first complaint (UTC)."),
        ["period_end"] = ("date", "Date of the last complaint (UTC)."),
        ["reached_human_within_3min"] = ("number", "Phone: share of all calls that wanted a person which reached one within 3 minutes of the line connecting (0 to 1). Giving up, being cut off, never being offered a person and a busy line count as not reached; a field call hung up after the campaign's protocol wait counts as not reached within 3 minutes. Wilson 95% interval. Empty for other channels."),
        ["callcentre_within_3min"] = ("number", "Phone: the call-centre convention, the same count divided by the calls that did not give up before 3 minutes (0 to 1). Always at least reached_human_within_3min; shown for comparison with what companies publish."),
        ["law_3min_verdict"] = ("string", "Phone: reached_human_within_3min against the 95% mark of Ley 10/2025: meets (interval's lower end at or above 0.95), below (upper end under 0.95), cannot_tell (the interval contains 0.95), not_applicable (illustrative data, or fewer calls than the display threshold). An independent measurement, not a legal finding; calls before 2026-12-28 are the starting point before the law applied."),
        ["law_more_calls_needed"] = ("string", "For cannot_tell: roughly how many more calls would settle the verdict if the observed share held (a whole number), or more_than_1000; empty otherwise."),
        ["answered_within_15_working_days"] = ("number", "Written complaints (e-mail, web form, letter; social posts of field campaigns): Kaplan-Meier share answered by the end of the 15th working day after sending, on the working-day clock of the campaign's region (Madrid by default). \"Answered\" is the first answer that is not an automatic acknowledgement. Complaints whose deadline falls in a year the holiday calendar lacks are left out. Empty for other rows."),
        ["written_late"] = ("integer", "Written complaints answered after the 15th working day, or unanswered when it passed; empty for other rows."),
        ["volunteers"] = ("integer", "Distinct volunteers (keyed pseudonyms) whose field-campaign data is counted in this row; empty without field data."),
        ["campaign"] = ("string", "The field campaigns (slugs, separated by ;) the row's field data comes from; empty without field data."),
        ["law_scope"] = ("string", "Whether Ley 10/2025 covers the brand, as far as the registry knows: basic_service, large_company, not_covered or unknown. The verdicts describe the data, not whether the firm is bound."),
        ["answered_in_complaint_language"] = ("number", "Share of first answers given in the language the complaint was made in, where both languages are known (0 to 1); empty when none is known."),
    };

    /// <summary>Every column of the CSV, in order. A column not described here gets the type of its values.</summary>
    public static IReadOnlyList<DataField> Fields(SiteModel model)
    {
        List<IReadOnlyList<(string Column, object? Value)>> rows = model.Rankings.SelectMany(r => r.All).Select(RankingRow.Values).ToList();
        return RankingRow.Columns.Select(c => Describe(c) is { } known
                ? new DataField(c, known.Type, known.Description, c switch
                {
                    "status" => ["ranked", "shown", "too_few"],
                    "law_3min_verdict" => ["meets", "below", "cannot_tell", "not_applicable"],
                    "law_scope" => ["basic_service", "large_company", "not_covered", "unknown"],
                    _ => null,
                })
                : new DataField(c, TypeOf(rows.Select(r => r.FirstOrDefault(v => v.Column == c).Value).FirstOrDefault(v => v is not null)), ""))
            .ToList();
    }

    public static bool Describes(string column) => Describe(column) is not null;

    private static (string Type, string Description)? Describe(string column) =>
        s_known.TryGetValue(column, out var known) ? known : Interval(column);

    /// <summary>"x_lower"/"x_upper" of a described share x: the ends of its 95% interval.</summary>
    private static (string Type, string Description)? Interval(string column)
    {
        foreach ((string suffix, string end) in new[] { ("_lower", "Lower"), ("_upper", "Upper") })
        {
            if (column.EndsWith(suffix, StringComparison.Ordinal) && s_known.TryGetValue(column[..^suffix.Length], out var of))
            {
                return (of.Type, $"{end} end of the 95% interval of {column[..^suffix.Length]}.");
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

    /// <summary><c>data/data-dictionary.md</c>: the columns, their types and meanings, the licences and sources.</summary>
    public static byte[] Markdown(SiteModel model)
    {
        var sb = new StringBuilder();
        sb.Append("# Data dictionary: rankings.csv\n\n");
        sb.Append("One row per brand and channel. UTF-8 with a byte-order mark, comma-separated, CRLF line ends, one header row. ");
        sb.Append("Empty cells are missing values. Shares are 0 to 1; durations are minutes rounded to 0.1. ");
        sb.Append("rankings.json holds the same rows; datapackage.json describes the file as a Frictionless Data Package.\n\n");
        sb.Append("| column | type | meaning |\n| --- | --- | --- |\n");
        foreach (DataField f in Fields(model))
        {
            sb.Append($"| `{f.Name}` | {f.Type} | {f.Description.Replace("|", "\\|")} |\n");
        }

        foreach (DownloadTables.Table table in DownloadTables.All)
        {
            sb.Append($"\n## {table.Path}\n\n{table.Title}.\n\n| column | type | meaning |\n| --- | --- | --- |\n");
            foreach (DataField f in table.Fields)
            {
                sb.Append($"| `{f.Name}` | {f.Type} | {f.Description.Replace("|", "\\|")} |\n");
            }
        }

        sb.Append("\n## Licences and sources\n\n");
        foreach (DataSource s in DataSources.All)
        {
            sb.Append($"- {s.Title} ({s.Path}): {s.Licence}. {s.Attribution}\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
