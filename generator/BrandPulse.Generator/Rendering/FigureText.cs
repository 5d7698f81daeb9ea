using System.Globalization;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Rendering;

/// <summary>How figures read on pages; the rounding and units themselves are defined once, in <see cref="Units"/>.</summary>
public static class FigureText
{
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
