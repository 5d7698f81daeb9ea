using System.Globalization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Downloads;

/// <summary>
/// One row of the rankings download: a brand on a channel, with every published figure, its interval and its
/// sample size. The same values, rounded once by <see cref="Units"/>, go to CSV and JSON.
/// </summary>
public static class RankingRow
{
    public static readonly string[] Columns =
    [
        "brand", "slug", "industry", "channel", "status", "complaints", "answered", "still_waiting",
        "response_rate", "response_rate_lower", "response_rate_upper",
        "median_minutes", "median_lower_minutes", "median_upper_minutes",
        "p90_minutes", "p90_lower_minutes", "p90_upper_minutes",
        "answered_within_15min", "answered_within_15min_lower", "answered_within_15min_upper",
        "answered_within_1h", "answered_within_1h_lower", "answered_within_1h_upper",
        "answered_within_24h", "answered_within_24h_lower", "answered_within_24h_upper",
        "answered_within_3min", "answered_within_3min_lower", "answered_within_3min_upper",
        "first_answers_classified", "deflection_share", "substantive_median_minutes",
        "rank", "rank_lower", "rank_upper", "illustrative", "selected_because_answered", "answered_only_share",
        "left_out_for_quality",
        "period_start", "period_end",
        "reached_human_within_3min", "reached_human_within_3min_lower", "reached_human_within_3min_upper",
        "callcentre_within_3min", "law_3min_verdict", "law_more_calls_needed",
        "answered_within_15_working_days", "answered_within_15_working_days_lower", "answered_within_15_working_days_upper",
        "written_late", "volunteers", "campaign", "law_scope", "answered_in_complaint_language",
        "written_undetermined",
    ];

    /// <summary>The row's values in <see cref="Columns"/> order; numbers as invariant text, null where empty.</summary>
    public static IReadOnlyList<(string Column, object? Value)> Values(ChannelFigures f)
    {
        ResponseSummary s = f.Summary;
        object?[] values =
        [
            f.Brand.DisplayName, f.Brand.Slug, f.Brand.Industry, f.Channel, Status(f.Status), s.N, s.Answered, s.N - s.Answered,
            Share(s.ResponseRate.Value), Share(s.ResponseRate.Lower), Share(s.ResponseRate.Upper),
            Minutes(s.Median.Value), Minutes(s.Median.Lower), Minutes(s.Median.Upper),
            Minutes(s.P90.Value), Minutes(s.P90.Lower), Minutes(s.P90.Upper),
            .. Shares(s.AnsweredWithin15Min), .. Shares(s.AnsweredWithin1Hour), .. Shares(s.AnsweredWithin24Hours), .. Shares(f.Within3Min),
            f.Kinds.Classified, Share(f.Kinds.DeflectionShare), Minutes(f.Kinds.Substantive?.Median.Value),
            f.Rank?.Rank, f.Rank?.Lower, f.Rank?.Upper, f.Illustrative, f.SelectedBecauseAnswered, Share(f.AnsweredOnlyShare),
            f.LeftOutForQuality,
            FigureText.IsoDate(f.PeriodStartMs), FigureText.IsoDate(f.PeriodEndMs),
            .. LawValues(f),
        ];
        return Columns.Zip(values).ToList();
    }

    /// <summary>The Ley 10/2025 columns, appended after every older column (empty where the channel has no such figure).</summary>
    private static object?[] LawValues(ChannelFigures f)
    {
        ChannelLawFigures? law = f.Law;
        PhoneLawFigures? phone = law?.Phone;
        WrittenLawFigures? written = law?.Written;
        bool field = law is { Campaigns.Count: > 0 };
        return
        [
            .. Shares(phone?.ThreeMinutes.Share.Share ?? ShareEstimate.Unknown),
            Share(phone?.ThreeMinutes.CallCentreConvention.Share.Value),
            phone?.Verdict.MachineValue,
            phone?.Verdict.Verdict == LawVerdict.CannotTell
                ? phone.Verdict.MoreThanCap ? "more_than_1000" : phone.Verdict.MoreCallsNeeded!.Value.ToString(CultureInfo.InvariantCulture)
                : null,
            .. Shares(written?.Figures.AnsweredOnTime ?? ShareEstimate.Unknown),
            written?.Figures.Late,
            field ? law!.Volunteers : null,
            field ? string.Join(';', law!.Campaigns) : null,
            f.Brand.LawScope,
            law is { AnsweredInComplaintLanguage.Trials: > 0 } ? Share(law.AnsweredInComplaintLanguage.Share.Value) : null,
            written?.Figures.Undetermined,
        ];
    }

    private static object?[] Shares(ShareEstimate e) => [Share(e.Value), Share(e.Lower), Share(e.Upper)];

    public static string Status(FigureStatus status) => status switch
    {
        FigureStatus.Ranked => "ranked",
        FigureStatus.Shown => "shown",
        _ => "too_few",
    };

    public static double? Minutes(double? minutes) => minutes is double m ? Units.RoundMinutes(m) : null;

    public static double? Share(double? share) => share is double v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    public static string Cell(object? value) => value switch
    {
        null => "",
        string s => CsvText.Text(s),
        bool b => b ? "true" : "false",
        double d => d.ToString("0.0###", CultureInfo.InvariantCulture),
        IFormattable n => n.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
