using System.Globalization;
using System.Text;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;
using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Charts;

/// <summary>
/// The dot-and-interval chart of a channel's ranked brands (home and channel pages): one row per brand in rank order,
/// a dot at its median wait and a line over the median's 95% interval, on a logarithmic time axis. Inline SVG in two
/// drawings, a wide one and a narrow one for phones (CSS shows one), so that its text stays at least 11 px from 360 px
/// up; the narrow one writes each brand's name in full above its interval (wrapped where it is wider than the drawing),
/// the wide one beside it. Its text alternative is the figure's caption; the ranking table beside it holds every number it draws. Brands
/// whose figures come from illustrative data or from data selected because the brand answered are drawn with a
/// hollow dot, and the caption says why in visible text.
/// </summary>
public static class RankingChart
{
    /// <summary>The most brands drawn: the best-ranked ones (the table lists them all).</summary>
    public const int MaxBrands = 25;

    /// <summary>One drawing's geometry, in SVG units (1 unit = 1 CSS px at the width it is laid out for).</summary>
    /// <param name="Width">The viewBox width.</param>
    /// <param name="LabelWidth">Room for the brand names, left of the plot (with <paramref name="NamesAbove"/>, for the first axis label).</param>
    /// <param name="RowHeight">Height of one brand's row (with <paramref name="NamesAbove"/>, of its interval below the name's lines).</param>
    /// <param name="FontSize">Text size.</param>
    /// <param name="LabelChars">Longest brand name drawn in full beside its interval (longer ones are cut, with "…").</param>
    /// <param name="MaxTicks">Most axis labels.</param>
    /// <param name="NamesAbove">Each name is written in full above its interval, across the drawing, on as many lines as it needs.</param>
    public sealed record Geometry(int Width, int LabelWidth, int RowHeight, int FontSize, int LabelChars, int MaxTicks, bool NamesAbove = false);

    /// <summary>For screens from about 760 px: shown at no less than 0.95 of its size, so 14-unit text stays above 13 px.</summary>
    public static Geometry Wide { get; } = new(720, 210, 24, 14, 26, 8);

    /// <summary>
    /// For phones: 320 units wide, shown at 320 px or more (from a 360 px screen), so 12-unit text stays at least 12 px;
    /// names above their intervals, so that the longest is as legible as in the table.
    /// </summary>
    public static Geometry Narrow { get; } = new(320, 24, 16, 12, int.MaxValue, 4, NamesAbove: true);

    private const int Top = 8, AxisHeight = 30, RightPad = 14, NameIndent = 4;

    /// <summary>Axis ticks (minutes) the axis labels are chosen from.</summary>
    private static readonly double[] s_ticks = [0.25, 1, 5, 15, 60, 240, 1440, 10080, 43200, 525600];

    /// <summary>The chart's figure for a channel's ranked brands; empty markup when none is ranked.</summary>
    /// <param name="id">Unique on the page: prefixes the ids of the figure's parts ("rank-chart-twitter").</param>
    /// <param name="max">The most brands drawn (the best-ranked ones).</param>
    public static MarkupString For(ChannelRanking ranking, SiteContext context, string? id = null, int max = MaxBrands)
    {
        IReadOnlyList<ChannelFigures> drawn = Drawn(ranking, max);
        if (drawn.Count == 0)
        {
            return new MarkupString("");
        }

        id ??= "rank-chart-" + ranking.Channel;
        var h = new StringBuilder();
        h.Append(CultureInfo.InvariantCulture, $"<figure class=\"rank-chart\" id=\"{id}\">");
        h.Append(Svg(drawn, Wide, "wide", id, context));
        h.Append(Svg(drawn, Narrow, "narrow", id, context));
        h.Append(CultureInfo.InvariantCulture, $"<figcaption id=\"{id}-cap\">{Encode(Caption(ranking, drawn, context))}");
        if (drawn.Any(Caveated))
        {
            h.Append(CultureInfo.InvariantCulture, $" <strong class=\"caveat\">{Encode(context.Text["ranking_chart.hollow"])}</strong>");
            if (RankCaveat.For(ranking.Ranked, context) is { } caveat)
            {
                h.Append(' ').Append(Encode(caveat));
            }
        }

        h.Append("</figcaption></figure>");
        return new MarkupString(h.ToString());
    }

    /// <summary>The brands drawn: ranked ones with a median, best first, at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<ChannelFigures> Drawn(ChannelRanking ranking, int max = MaxBrands) =>
        ranking.Ranked.Where(f => f.Summary.Median.Value is not null).Take(max).ToList();

    /// <summary>The text alternative: what is drawn, its extremes, and where the numbers are.</summary>
    public static string Caption(ChannelRanking ranking, IReadOnlyList<ChannelFigures> drawn, SiteContext context)
    {
        string Median(ChannelFigures f) => FigureText.Duration(f.Summary.Median.Value, context);
        ChannelFigures fastest = drawn.MinBy(f => f.Summary.Median.Value)!, slowest = drawn.MaxBy(f => f.Summary.Median.Value)!;
        int ranked = ranking.Ranked.Count;
        List<(string, string)> values =
        [
            ("channel", context.ChannelName(ranking.Channel)),
            ("brands", context.Counted("brand", drawn.Count)),
            ("fastest", fastest.Brand.DisplayName), ("fastest_median", Median(fastest)),
            ("slowest", slowest.Brand.DisplayName), ("slowest_median", Median(slowest)),
        ];
        if (drawn.Count < ranked)
        {
            values.Add(("ranked", Units.Count(ranked, context.Language)));
        }

        return context.Text.Format(drawn.Count < ranked ? "ranking_chart.caption_best" : "ranking_chart.caption", [.. values]);
    }

    /// <summary>One drawing. Public for the tests: its text sizes and positions are what they check.</summary>
    public static string Svg(IReadOnlyList<ChannelFigures> drawn, Geometry g, string variant, string id, SiteContext context)
    {
        double low = drawn.Min(f => f.Summary.Median.Lower ?? f.Summary.Median.Value!.Value);
        double high = drawn.Max(f => f.Summary.Median.Upper ?? f.Summary.Median.Value!.Value);
        (double from, double to) = Domain(low, high);
        int plotLeft = g.LabelWidth, plotRight = g.Width - RightPad;
        double X(double minutes) => plotLeft + ((Math.Log10(Math.Clamp(minutes, from, to)) - Math.Log10(from))
            / (Math.Log10(to) - Math.Log10(from)) * (plotRight - plotLeft));
        double lineHeight = Math.Round(g.FontSize * 1.25);
        IReadOnlyList<string>[] names = [.. drawn.Select(f => Name(f.Brand.DisplayName, g))];
        double[] rowHeights = [.. names.Select(n => g.NamesAbove ? (n.Count * lineHeight) + g.RowHeight : g.RowHeight)];
        double axisY = Top + rowHeights.Sum();
        string height = N(axisY + AxisHeight);

        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"rank-chart-{variant}\" viewBox=\"0 0 {g.Width} {height}\" width=\"{g.Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-cap\" font-size=\"{g.FontSize}\">");

        // Axis: ticks as vertical guides with their labels below the rows.
        IReadOnlyList<double> ticks = Ticks(from, to, g.MaxTicks);
        foreach (double tick in ticks)
        {
            string x = N(X(tick));
            string anchor = tick == ticks[^1] && ticks.Count > 1 ? "end" : "middle"; // the last label stays inside the drawing
            s.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{x}\" x2=\"{x}\" y1=\"{Top}\" y2=\"{N(axisY)}\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{N(axisY + g.FontSize + 6)}\" text-anchor=\"{anchor}\">{Encode(FigureText.Duration(tick, context))}</text>");
        }

        double rowTop = Top;
        for (int n = 0; n < drawn.Count; n++)
        {
            ChannelFigures f = drawn[n];
            if (g.NamesAbove)
            {
                string y = N(rowTop + (names[n].Count * lineHeight) + (g.RowHeight / 2.0));
                s.Append(CultureInfo.InvariantCulture, $"<g class=\"row\"><text x=\"{NameIndent}\" y=\"{N(rowTop + lineHeight - 3)}\">");
                s.Append(Encode(names[n][0]));
                foreach (string line in names[n].Skip(1))
                {
                    s.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{NameIndent}\" dy=\"{N(lineHeight)}\">{Encode(line)}</tspan>");
                }

                s.Append("</text>");
                Interval(s, f, y, X, plotRight, g);
            }
            else
            {
                string y = N(rowTop + (g.RowHeight / 2.0));
                s.Append(CultureInfo.InvariantCulture,
                    $"<g class=\"row\"><text x=\"{g.LabelWidth - 8}\" y=\"{y}\" dy=\"0.35em\" text-anchor=\"end\">{Encode(names[n][0])}</text>");
                Interval(s, f, y, X, plotRight, g);
            }

            rowTop += rowHeights[n];
        }

        s.Append("</svg>");
        return s.ToString();
    }

    /// <summary>A brand's name as drawn: in lines that fit across the drawing, or on one line cut to <see cref="Geometry.LabelChars"/>.</summary>
    public static IReadOnlyList<string> Name(string name, Geometry g) => g.NamesAbove
        ? ChartText.Wrap(name, g.FontSize, g.Width - (2 * NameIndent))
        : [name.Length <= g.LabelChars ? name : name[..(g.LabelChars - 1)] + "…"];

    private static void Interval(StringBuilder s, ChannelFigures f, string y, Func<double, double> x, int plotRight, Geometry g)
    {
        QuantileEstimate m = f.Summary.Median;
        double lower = m.Lower ?? m.Value!.Value;
        string open = m.Upper is null ? " open" : "";
        s.Append(CultureInfo.InvariantCulture,
            $"<line class=\"ci{open}\" x1=\"{N(x(lower))}\" x2=\"{N(m.Upper is null ? plotRight : x(m.Upper.Value))}\" y1=\"{y}\" y2=\"{y}\"/>");
        s.Append(CultureInfo.InvariantCulture,
            $"<circle class=\"{(Caveated(f) ? "dot hollow" : "dot")}\" cx=\"{N(x(m.Value!.Value))}\" cy=\"{y}\" r=\"{(g.FontSize / 2.0) - 1:0.#}\"/></g>");
    }

    /// <summary>The axis range: from the largest tick at or below the lowest value to the smallest at or above the highest.</summary>
    public static (double From, double To) Domain(double low, double high)
    {
        double from = s_ticks.LastOrDefault(t => t <= low, s_ticks[0]);
        double to = s_ticks.FirstOrDefault(t => t >= high, s_ticks[^1]);
        return to > from ? (from, to) : (from, from * 4);
    }

    /// <summary>The ticks inside the range, every other one dropped until at most <paramref name="max"/> remain.</summary>
    public static IReadOnlyList<double> Ticks(double from, double to, int max)
    {
        List<double> ticks = [.. s_ticks.Where(t => t >= from && t <= to)];
        while (ticks.Count > max)
        {
            ticks = [.. ticks.Where((_, i) => i % 2 == 0)];
        }

        return ticks;
    }

    /// <summary>Whether a brand's figures cannot carry a rank alone (illustrative, or selected because it answered).</summary>
    public static bool Caveated(ChannelFigures f) => f.Illustrative || f.AnsweredOnlyShare > 0;

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => Html.Encoder.Encode(text);
}
