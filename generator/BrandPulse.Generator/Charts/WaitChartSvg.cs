using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Charts;

/// <summary>
/// Draws a <see cref="WaitChartModel"/> as SVG text: a white panel, the plot framed, grid lines at the ticks, the
/// time axis on a log scale (the ticks the data reaches, "1 min" to "30 days"), the share axis from 0% to 100%, one
/// step curve per channel, the legend in the upper right with a shadow, and the text alternative as the SVG's title.
/// Words are measured with SkiaSharp in the drawing font (<see cref="TextMeasure"/>) so the layout makes room for them.
/// </summary>
public static class WaitChartSvg
{
    /// <summary>Text sizes: tick labels and legend, axis labels.</summary>
    public const double TickFont = 12, LabelFont = 16;

    /// <summary>The curves' colours, in series order.</summary>
    public static IReadOnlyList<string> Palette { get; } = ["#1d4ed8", "#c2410c", "#047857", "#7c3aed", "#be185d"];

    private const double Top = 15, RightPad = 15, TickLength = 4, TickGap = 5;

    /// <summary>Room under the plot for the time axis's labels and title; a legend under the plot starts below it.</summary>
    internal const double BottomPad = 47;

    /// <summary>The share axis's ticks (percent).</summary>
    private static readonly int[] s_shareTicks = [0, 25, 50, 75, 100];

    /// <summary>Where things go in a drawing <paramref name="Width"/> by <paramref name="Height"/>: the plot's edges and the two axes' scales.</summary>
    public sealed record Layout(double Width, double Height, double Left, double Right, double Top, double Bottom, double MinAxis, double MaxAxis)
    {
        /// <summary>The x of a time in minutes (log scale; 0 sits at half a minute).</summary>
        public double X(double minutes) => Left + ((WaitChart.ToAxis(minutes) - MinAxis) / (MaxAxis - MinAxis) * (Right - Left));

        /// <summary>The y of a share still waiting (0 to 1); the axis runs to 102% so a flat 100% curve stays visible.</summary>
        public double Y(double share) => Bottom - (share * 100 / 102 * (Bottom - Top));
    }

    /// <summary>
    /// The layout of <paramref name="model"/> drawn <paramref name="width"/> by <paramref name="height"/>; with
    /// <paramref name="legendBelow"/> (the narrow chart) the legend takes rows under the axis instead of covering the plot.
    /// </summary>
    public static Layout LayoutOf(WaitChartModel model, double width, double height, bool legendBelow = false)
    {
        double widest = ShareLabels(model).Max(l => TextMeasure.Width(l, (float)TickFont));
        double left = Math.Ceiling(4 + (LabelFont * 1.2) + 4 + widest + TickGap + TickLength);
        double maxMinutes = Math.Max(1, model.Series.Max(s => s.Minutes.Max()));
        double bottom = height - BottomPad - (legendBelow ? WaitChartLegend.Height(model, width) + 4 : 0);
        return new Layout(width, height, left, width - RightPad, Top, bottom, WaitChart.ToAxis(0.5), WaitChart.ToAxis(maxMinutes * 1.2));
    }

    /// <summary>
    /// The time ticks drawn, as (minutes, label): those inside the axis whose label does not run into the one before it
    /// or off the drawing (on the narrow chart some are left out).
    /// </summary>
    public static IReadOnlyList<(double Minutes, string Label)> TimeTicks(WaitChartModel model, Layout layout)
    {
        var ticks = new List<(double, string)>();
        double lastRight = double.NegativeInfinity;
        for (int t = 0; t < WaitChart.TickMinutes.Count; t++)
        {
            double minutes = WaitChart.TickMinutes[t], axis = WaitChart.ToAxis(minutes);
            string label = model.Labels.Ticks[t];
            double x = layout.X(minutes), half = TextMeasure.Width(label, (float)TickFont) / 2;
            if (axis >= layout.MinAxis && axis <= layout.MaxAxis && x - half >= lastRight + 6 && x + half <= layout.Width)
            {
                ticks.Add((minutes, label));
                lastRight = x + half;
            }
        }

        return ticks;
    }

    /// <summary>The chart as an SVG document; <paramref name="idPrefix"/> prefixes its ids.</summary>
    public static string Draw(WaitChartModel model, double width, double height, string idPrefix, bool legendBelow = false)
    {
        Layout l = LayoutOf(model, width, height, legendBelow);
        var ids = new SvgIds(idPrefix);
        string titleId = ids.For("title");
        var w = new SvgWriter();
        w.Open("svg").Attr("xmlns", "http://www.w3.org/2000/svg").Attr("width", width).Attr("height", height)
            .Attr("viewBox", $"0 0 {SvgWriter.Number(width)} {SvgWriter.Number(height)}").Attr("role", "img")
            .Attr("aria-labelledby", titleId).Attr("font-family", WaitChart.FontName).Attr("font-size", TickFont);
        w.Open("title").Attr("id", titleId).Text(model.AltText).Close();
        w.Open("rect").Attr("fill", "white").Attr("width", width).Attr("height", height).End();

        IReadOnlyList<(double Minutes, string Label)> timeTicks = TimeTicks(model, l);
        string[] shareLabels = ShareLabels(model);
        Grid(w, l, timeTicks, shareLabels);
        for (int i = 0; i < model.Series.Count; i++)
        {
            w.Open("path").Attr("fill", "none").Attr("stroke", Palette[i % Palette.Count]).Attr("stroke-width", 2.5)
                .Attr("d", StepPath(model.Series[i], l)).End();
        }

        if (legendBelow)
        {
            WaitChartLegend.DrawBelow(w, model, l);
        }
        else
        {
            WaitChartLegend.DrawInside(w, model, l);
        }

        Axes(w, model, l, timeTicks, shareLabels);
        w.Close();
        return w.ToString();
    }

    /// <summary>A series as a step path: from each point across to the next one's time, then down to its share.</summary>
    public static string StepPath(WaitSeries series, Layout l)
    {
        var d = new System.Text.StringBuilder(series.Minutes.Count * 16);
        double lastX = l.X(series.Minutes[0]), lastY = l.Y(series.StillWaiting[0]);
        d.Append('M').Append(SvgWriter.Number(lastX)).Append(' ').Append(SvgWriter.Number(lastY));
        for (int i = 1; i < series.Minutes.Count; i++)
        {
            double x = l.X(series.Minutes[i]), y = l.Y(series.StillWaiting[i]);
            if (SvgWriter.Number(x) != SvgWriter.Number(lastX))
            {
                d.Append('H').Append(SvgWriter.Number(x));
            }

            if (SvgWriter.Number(y) != SvgWriter.Number(lastY))
            {
                d.Append('V').Append(SvgWriter.Number(y));
            }

            (lastX, lastY) = (x, y);
        }

        return d.ToString();
    }

    private static string[] ShareLabels(WaitChartModel model) =>
        [.. s_shareTicks.Select(p => BrandPulse.Statistics.Units.Percent(p / 100.0, model.Labels.Language))];

    private static void Grid(SvgWriter w, Layout l, IReadOnlyList<(double Minutes, string Label)> timeTicks, string[] shareLabels)
    {
        var d = new System.Text.StringBuilder();
        foreach ((double minutes, _) in timeTicks)
        {
            string x = SvgWriter.Number(l.X(minutes));
            d.Append('M').Append(x).Append(' ').Append(SvgWriter.Number(l.Bottom)).Append('V').Append(SvgWriter.Number(l.Top));
        }

        for (int i = 0; i < shareLabels.Length; i++)
        {
            d.Append('M').Append(SvgWriter.Number(l.Left)).Append(' ').Append(SvgWriter.Number(l.Y(s_shareTicks[i] / 100.0)))
                .Append('H').Append(SvgWriter.Number(l.Right));
        }

        w.Open("path").Attr("fill", "none").Attr("stroke", "black").Attr("stroke-opacity", 0.1).Attr("d", d.ToString()).End();
    }

    private static void Axes(SvgWriter w, WaitChartModel model, Layout l, IReadOnlyList<(double Minutes, string Label)> timeTicks, string[] shareLabels)
    {
        var marks = new System.Text.StringBuilder();
        marks.Append('M').Append(SvgWriter.Number(l.Left)).Append(' ').Append(SvgWriter.Number(l.Top))
            .Append('H').Append(SvgWriter.Number(l.Right)).Append('V').Append(SvgWriter.Number(l.Bottom))
            .Append('H').Append(SvgWriter.Number(l.Left)).Append('Z');
        foreach ((double minutes, _) in timeTicks)
        {
            marks.Append('M').Append(SvgWriter.Number(l.X(minutes))).Append(' ').Append(SvgWriter.Number(l.Bottom)).Append('v').Append(TickLength);
        }

        for (int i = 0; i < shareLabels.Length; i++)
        {
            marks.Append('M').Append(SvgWriter.Number(l.Left)).Append(' ').Append(SvgWriter.Number(l.Y(s_shareTicks[i] / 100.0))).Append("h-").Append(TickLength);
        }

        w.Open("path").Attr("fill", "none").Attr("stroke", "black").Attr("d", marks.ToString()).End();
        foreach ((double minutes, string label) in timeTicks)
        {
            w.Open("text").Attr("x", l.X(minutes)).Attr("y", l.Bottom + TickLength + TickGap + 9).Attr("text-anchor", "middle").Text(label).Close();
        }

        for (int i = 0; i < shareLabels.Length; i++)
        {
            w.Open("text").Attr("x", l.Left - TickLength - TickGap).Attr("y", l.Y(s_shareTicks[i] / 100.0)).Attr("dy", "0.35em")
                .Attr("text-anchor", "end").Text(shareLabels[i]).Close();
        }

        w.Open("text").Attr("x", (l.Left + l.Right) / 2).Attr("y", l.Bottom + BottomPad - 8).Attr("font-size", LabelFont).Attr("text-anchor", "middle")
            .Text(model.Labels.XLabel).Close();
        double middle = (l.Top + l.Bottom) / 2;
        w.Open("text").Attr("transform", $"translate({SvgWriter.Number(4 + LabelFont)} {SvgWriter.Number(middle)}) rotate(-90)")
            .Attr("font-size", LabelFont).Attr("text-anchor", "middle").Text(model.Labels.YLabel).Close();
    }
}
