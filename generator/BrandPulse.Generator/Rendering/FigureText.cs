using System.Globalization;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// How figures read on pages; the rounding and units themselves are defined once, in <see cref="Units"/>. Each form
/// taking a <see cref="SiteContext"/> writes the page's language (numbers by <see cref="Units"/>, words from the
/// strings <c>figure.*</c>); the forms without one write English, for pages not yet translated.
/// </summary>
public static class FigureText
{
    /// <summary>A duration in the page's language: "1 h 5 min"; "not reached"/"sin alcanzar" for null.</summary>
    public static string Duration(double? minutes, SiteContext context) => Units.HumanDuration(minutes, context.Language);

    /// <summary>A median's 95% interval: "3 min – 1 h"; the upper end "not reached" when unbounded; "" without a median.</summary>
    public static string Interval(QuantileEstimate q, SiteContext context) => q.Value is null
        ? ""
        : Between(context, Duration(q.Lower, context), q.Upper is null ? context.Text["figure.not_reached"] : Duration(q.Upper, context));

    /// <summary>A share as a percentage in the page's language: "87%", "87 %".</summary>
    public static string Percent(double? share, SiteContext context) => Units.Percent(share, context.Language);

    /// <summary>A share's 95% interval: "80% – 91%"; "" when not known.</summary>
    public static string PercentInterval(ShareEstimate s, SiteContext context) => s.Value is null || s.Lower is null || s.Upper is null
        ? ""
        : Between(context, Percent(s.Lower, context), Percent(s.Upper, context));

    /// <summary>A ratio of two medians to two significant digits in the page's language: "3.2×", "3,2×"; "not reached" for null.</summary>
    public static string Ratio(double? ratio, SiteContext context) => ratio is null
        ? context.Text["figure.not_reached"]
        : context.Language == SiteLanguage.English ? Ratio(ratio) : Units.LocalizeNumber(Ratio(ratio).TrimEnd('×'), context.Language) + "×";

    /// <summary>A ratio's 95% interval: "1.4× – 7.9×", the upper end "unbounded" when there is none; "" without a ratio.</summary>
    public static string RatioInterval(GapEstimate g, SiteContext context) => g.Ratio is null
        ? ""
        : Between(context, g.Lower is null ? "0" : Ratio(g.Lower, context), g.Upper is null ? context.Text["figure.unbounded"] : Ratio(g.Upper, context));

    /// <summary>A ratio of medians in words in the page's language: "3.2 times slower", "4,3 veces más rápido".</summary>
    public static string Times(double? ratio, SiteContext context) => ratio switch
    {
        null => context.Text["figure.not_measurable"],
        double r when r >= 1 => context.Text.Format("figure.times_slower", ("ratio", Ratio(r, context).TrimEnd('×'))),
        double r when r > 0 => context.Text.Format("figure.times_faster", ("ratio", Ratio(1 / r, context).TrimEnd('×'))),
        _ => context.Text["figure.immeasurably_faster"],
    };

    /// <summary>A month range in the page's language: "Oct 2017 – Apr 2020", "oct. 2017 – abr. 2020"; one month alone when both are the same.</summary>
    public static string MonthPeriod(long startMs, long endMs, SiteContext context)
    {
        string start = Units.MonthYear(startMs, context.Language), end = Units.MonthYear(endMs, context.Language);
        return start == end ? start : Between(context, start, end);
    }

    /// <summary>A count in the page's language: "31,052", "31 052".</summary>
    public static string Count(long n, SiteContext context) => Units.Count(n, context.Language);

    /// <summary>A UTC date in the page's language: "4 Dec 2026", "4 de diciembre de 2026".</summary>
    public static string Date(long unixMs, SiteContext context) => Units.Date(unixMs, context.Language);

    /// <summary>The dates complaints were made, in the page's language: "10 Oct 2017 – 31 Dec 2026"; "no complaints yet" when none.</summary>
    public static string Period(long startMs, long endMs, SiteContext context) => startMs == 0 && endMs == 0
        ? context.Text["figure.no_complaints_yet"]
        : context.Text.Format("figure.period", ("start", Date(startMs, context)), ("end", Date(endMs, context)));

    private static string Between(SiteContext context, string lower, string upper) =>
        context.Text.Format("figure.interval", ("lower", lower), ("upper", upper));

    public static string Duration(double? minutes) => Units.HumanDuration(minutes);

    public static string Interval(QuantileEstimate q) => q.Value is null
        ? ""
        : $"{Units.HumanDuration(q.Lower)} – {(q.Upper is null ? "not reached" : Units.HumanDuration(q.Upper))}";

    public static string Percent(double? share) => Units.Percent(share);

    public static string PercentInterval(ShareEstimate s) => s.Value is null || s.Lower is null || s.Upper is null
        ? ""
        : $"{Units.Percent(s.Lower)} – {Units.Percent(s.Upper)}";

    /// <summary>A ratio of two medians to two significant digits: "3.2×", "19×", "0.41×", "0.0049×".</summary>
    public static string Ratio(double? ratio) => ratio switch
    {
        null => "not reached",
        double r when r >= 10 => Math.Round(r, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "×",
        double r when r >= 1 => r.ToString("0.0", CultureInfo.InvariantCulture) + "×",
        double r when r > 0 => Math.Round(r, 1 - (int)Math.Floor(Math.Log10(r)), MidpointRounding.AwayFromZero)
            .ToString("0.##########", CultureInfo.InvariantCulture) + "×",
        _ => "0×",
    };

    public static string RatioInterval(GapEstimate g) => g.Ratio is null
        ? ""
        : $"{(g.Lower is null ? "0" : Ratio(g.Lower))} – {(g.Upper is null ? "unbounded" : Ratio(g.Upper))}";

    /// <summary>A ratio of medians in words: "3.2 times slower", "4.3 times faster" (never "0.23 times longer").</summary>
    public static string Times(double? ratio) => ratio switch
    {
        null => "not measurable",
        double r when r >= 1 => $"{Ratio(r).TrimEnd('×')} times slower",
        double r when r > 0 => $"{Ratio(1 / r).TrimEnd('×')} times faster",
        _ => "immeasurably faster",
    };

    /// <summary>A month and year range, as shown beside a brand's figures: "Oct 2017 – Apr 2020".</summary>
    public static string MonthPeriod(long startMs, long endMs) =>
        $"{Month(startMs)}{(Month(startMs) == Month(endMs) ? "" : " – " + Month(endMs))}";

    private static string Month(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Date(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Period(long startMs, long endMs) => startMs == 0 && endMs == 0
        ? "no complaints yet"
        : $"{Date(startMs)} – {Date(endMs)}";

    public static string Rank(Statistics.RankInterval? r) => r is null ? "–" : r.Rank.ToString(CultureInfo.InvariantCulture);

    public static string RankRange(Statistics.RankInterval? r) => r is null || r.Lower == r.Upper
        ? ""
        : $"{r.Lower.ToString(CultureInfo.InvariantCulture)}–{r.Upper.ToString(CultureInfo.InvariantCulture)}";
}
