using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.Charts;

/// <summary>
/// The "still waiting" chart's legend: one entry per curve in the curve's colour, framed inside the plot on the wide
/// chart, under the plot on the narrow one, where a long entry is broken between words to fit the drawing.
/// </summary>
public static class WaitChartLegend
{
    /// <summary>A legend line's height; where the text of the legend under the plot starts.</summary>
    private const double Row = 20, TextX = 33;

    /// <summary>The legend in a framed box with a shadow, in the plot's upper right (the wide chart).</summary>
    public static void DrawInside(SvgWriter w, WaitChartModel model, WaitChartSvg.Layout l)
    {
        double textWidth = model.Labels.Legend.Max(t => TextMeasure.Width(t, (float)WaitChartSvg.TickFont));
        double width = Math.Ceiling(textWidth + 49), height = 4 + (Row * model.Labels.Legend.Count);
        double x = l.Right - 7 - width, y = l.Top + 7;
        w.Open("rect").Attr("fill", "black").Attr("fill-opacity", 0.2).Attr("x", x + 3).Attr("y", y + 3).Attr("width", width).Attr("height", height).End();
        w.Open("rect").Attr("fill", "white").Attr("stroke", "black").Attr("x", x).Attr("y", y).Attr("width", width).Attr("height", height).End();
        for (int i = 0; i < model.Labels.Legend.Count; i++)
        {
            double rowY = y + 12 + (Row * i);
            w.Open("path").Attr("stroke", WaitChartSvg.Palette[i % WaitChartSvg.Palette.Count]).Attr("stroke-width", 2.5)
                .Attr("d", $"M{SvgWriter.Number(x + 10)} {SvgWriter.Number(rowY)}H{SvgWriter.Number(x + 30)}").End();
            w.Open("text").Attr("x", x + 35).Attr("y", rowY).Attr("dy", "0.35em").Text(model.Labels.Legend[i]).Close();
        }
    }

    /// <summary>The height of the legend under the plot at <paramref name="width"/>.</summary>
    public static double Height(WaitChartModel model, double width) => 4 + (Row * Lines(model, width).Sum(lines => lines.Count));

    /// <summary>Each legend entry of the legend under the plot, on as many lines as it needs to fit the drawing's width (broken between words).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Lines(WaitChartModel model, double width)
    {
        double room = width - TextX - 4;
        var entries = new List<IReadOnlyList<string>>(model.Labels.Legend.Count);
        foreach (string label in model.Labels.Legend)
        {
            var lines = new List<string>();
            string line = "";
            foreach (string word in label.Split(' '))
            {
                string longer = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && TextMeasure.Width(longer, (float)WaitChartSvg.TickFont) > room)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = longer;
                }
            }

            lines.Add(line);
            entries.Add(lines);
        }

        return entries;
    }

    /// <summary>The legend under the plot, each entry on as many lines as it needs (the narrow chart).</summary>
    public static void DrawBelow(SvgWriter w, WaitChartModel model, WaitChartSvg.Layout l)
    {
        IReadOnlyList<IReadOnlyList<string>> entries = Lines(model, l.Width);
        int row = 0;
        for (int i = 0; i < entries.Count; i++)
        {
            double rowY = l.Bottom + WaitChartSvg.BottomPad + 12 + (Row * row);
            w.Open("path").Attr("stroke", WaitChartSvg.Palette[i % WaitChartSvg.Palette.Count]).Attr("stroke-width", 2.5)
                .Attr("d", $"M8 {SvgWriter.Number(rowY)}H28").End();
            foreach (string line in entries[i])
            {
                w.Open("text").Attr("x", TextX).Attr("y", l.Bottom + WaitChartSvg.BottomPad + 12 + (Row * row++)).Attr("dy", "0.35em").Text(line).Close();
            }
        }
    }
}
