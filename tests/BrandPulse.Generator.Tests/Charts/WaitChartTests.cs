using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Charts;

/// <summary>The brand page's "still waiting" chart, drawn as SVG text: its curves, axes, legend and text alternative.</summary>
public sealed partial class WaitChartTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";
    private static readonly SiteContext s_en = new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);
    private static readonly SiteContext s_es = s_en.In(SiteLanguage.Spanish);

    private static readonly WaitSeries s_twitter = new(Channels.Twitter, [0, 10, 100, 2000], [1, 0.5, 0.25, 0.1], [0.9, 0.8, 0.45, 0.3, 0.2, 0.1]);
    private static readonly WaitSeries s_phone = new(Channels.Phone, [0, 3, 100], [1, 0.4, 0.2], [0.5, 0.4, 0.3, 0.2, 0.1, 0.05]);

    [Fact]
    public void Each_curve_steps_through_its_points_on_a_log_time_axis()
    {
        // Given
        WaitChartModel model = WaitChart.ModelFor("Acme", [s_twitter, s_phone], s_en)!;
        WaitChartSvg.Layout l = WaitChartSvg.LayoutOf(model, WaitChart.Width, WaitChart.Height);

        // When
        XElement svg = XElement.Parse(WaitChart.Svg(model));

        // Then: one curve per channel in the palette's colours, each a horizontal-then-vertical step per point
        XElement[] curves = [.. svg.Elements(s_svg + "path").Where(p => p.Attribute("stroke-width")?.Value == "2.5" && p.Attribute("fill")?.Value == "none")];
        Assert.Equal(["#1d4ed8", "#c2410c"], curves.Select(c => c.Attribute("stroke")!.Value));
        List<(double X, double Y)> vertices = Vertices(curves[0].Attribute("d")!.Value);
        List<(double X, double Y)> expected = [(l.X(0), l.Y(1))];
        for (int i = 1; i < s_twitter.Minutes.Count; i++)
        {
            expected.Add((l.X(s_twitter.Minutes[i]), expected[^1].Y));
            expected.Add((l.X(s_twitter.Minutes[i]), l.Y(s_twitter.StillWaiting[i])));
        }

        Assert.Equal(expected.Count, vertices.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].X, vertices[i].X, 0.01);
            Assert.Equal(expected[i].Y, vertices[i].Y, 0.01);
        }

        // the curve starts at the plot's left edge at 100% and ends at 10% of the plot's height above its bottom
        Assert.Equal(l.Left, vertices[0].X, 0.01);
        Assert.Equal(l.Bottom - (0.1 * 100 / 102 * (l.Bottom - l.Top)), vertices[^1].Y, 0.01);

        // log scale: 10 → 100 min is as wide as 100 → 1,000 min
        Assert.Equal(l.X(100) - l.X(10), l.X(1000) - l.X(100), 0.001);
        Assert.True(l.X(1) > l.Left && l.X(2000) < l.Right, "the data lies inside the plot");
    }

    [Fact]
    public void Issue13_a_curve_from_illustrative_or_answered_only_data_says_so_in_its_legend_and_text_alternative_in_both_languages()
    {
        // Given: Twitter/X from a data set selected because the brand answered, the phone from a made-up log
        WaitChartModel english = WaitChart.ModelFor("Acme", [s_twitter, s_phone], s_en, ["tag.answered_only", "tag.illustrative"])!;

        // When: drawn in English, and translated to Spanish
        WaitChartModel spanish = WaitChart.In(english, s_es);
        XElement[] drawn = [XElement.Parse(WaitChart.Svg(english)), XElement.Parse(WaitChart.NarrowSvg(spanish))];

        // Then: the legend and the text alternative (also the SVG's title) tag each curve
        Assert.Equal(["Twitter/X (answered only)", "Phone: not yet reached a person (illustrative)"], english.Labels.Legend);
        Assert.Equal(["Twitter/X (solo respondidas)", "Teléfono: sin llegar aún a una persona (ilustrativo)"], spanish.Labels.Legend);
        Assert.Contains("after 1 day (answered only); Phone:", english.AltText, StringComparison.Ordinal);
        Assert.EndsWith("after 1 day (illustrative). The table below gives the values.", english.AltText, StringComparison.Ordinal);
        Assert.Contains("(ilustrativo)", spanish.AltText, StringComparison.Ordinal);
        Assert.All(drawn, svg => Assert.Equal(2, svg.Elements(s_svg + "text").Count(t => t.Value.EndsWith(')'))));
        Assert.Contains("(illustrative)", drawn[0].Element(s_svg + "title")!.Value, StringComparison.Ordinal);

        // the narrow chart's legend breaks the longer entry between words, so every line fits its 320 units
        IReadOnlyList<IReadOnlyList<string>> lines = WaitChartLegend.Lines(spanish, WaitChart.NarrowWidth);
        Assert.Equal([["Twitter/X (solo respondidas)"], ["Teléfono: sin llegar aún a una persona", "(ilustrativo)"]], lines);
        Assert.All(drawn[1].Elements(s_svg + "text").Where(t => t.Attribute("text-anchor") is null), t =>
            Assert.True(D(t, "x") + global::BrandPulse.Generator.Site.TextMeasure.Width(t.Value, 12) <= WaitChart.NarrowWidth, $"\"{t.Value}\" runs off the narrow chart"));

        // and a chart without tags has none
        Assert.DoesNotContain("(", string.Concat(WaitChart.ModelFor("Acme", [s_twitter, s_phone], s_en)!.Labels.Legend), StringComparison.Ordinal);
    }

    [Fact]
    public void The_axes_show_the_ticks_the_data_reaches_with_the_axis_labels_and_legend_in_the_charts_language()
    {
        // Given: curves that reach 2,000 minutes (1 day and a half), in Spanish
        WaitChartModel spanish = WaitChart.In(WaitChart.ModelFor("Acme", [s_twitter, s_phone], s_en)!, s_es);

        // When
        XElement svg = XElement.Parse(WaitChart.Svg(spanish));
        string[] texts = [.. svg.Elements(s_svg + "text").Select(t => t.Value)];

        // Then: time ticks from 1 min to 1 day (the axis ends at 1.2 × 2,000 min, before 1 week), the share ticks,
        // the axis labels and one legend entry per curve
        Assert.Equal(["Twitter/X", "Teléfono: sin llegar aún a una persona",
            "1 min", "5 min", "15 min", "1 h", "4 h", "1 día",
            "0\u00a0%", "25\u00a0%", "50\u00a0%", "75\u00a0%", "100\u00a0%",
            "Tiempo desde la queja", "Todavía esperando"], texts);

        // the time ticks sit left to right in order under the plot
        double[] xs = [.. svg.Elements(s_svg + "text").Skip(2).Take(6).Select(t => D(t, "x"))];
        Assert.Equal(xs.Order(), xs);
    }

    [Fact]
    public void The_svg_is_named_by_its_text_alternative_and_has_the_sizes_the_page_reserves()
    {
        WaitChartModel model = WaitChart.ModelFor("A&B <Telecom>", [s_twitter], s_en)!;

        foreach ((string text, int width, int height, string id) in new[]
        {
            (WaitChart.Svg(model), WaitChart.Width, WaitChart.Height, "wait-title"),
            (WaitChart.NarrowSvg(model), WaitChart.NarrowWidth, WaitChart.NarrowHeight, "wait-narrow-title"),
        })
        {
            XElement svg = XElement.Parse(text);
            Assert.Equal($"0 0 {width} {height}", svg.Attribute("viewBox")!.Value);
            Assert.Equal("img", svg.Attribute("role")!.Value);
            Assert.Equal(id, svg.Attribute("aria-labelledby")!.Value);
            XElement title = svg.Element(s_svg + "title")!;
            Assert.Equal(id, title.Attribute("id")!.Value);
            Assert.Equal(model.AltText, title.Value);
            Assert.StartsWith("Chart of the share of A&B <Telecom>'s complainants", title.Value, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    public void The_narrow_chart_keeps_its_text_at_least_11_px_on_a_phone(int screen)
    {
        // Given: the narrow drawing shown at most at its own width, and at least the screen less 2 × 20 px of padding
        XElement svg = XElement.Parse(WaitChart.NarrowSvg(WaitChart.ModelFor("Acme", [s_twitter, s_phone], s_en)!));
        double scale = Math.Min(1, (screen - 40.0) / WaitChart.NarrowWidth);
        double rootSize = D(svg, "font-size");

        // When / Then: every text's size on screen
        foreach (XElement text in svg.Descendants(s_svg + "text"))
        {
            double size = text.Attribute("font-size") is { } own ? double.Parse(own.Value, CultureInfo.InvariantCulture) : rootSize;
            Assert.True(size * scale >= 11, $"\"{text.Value}\" is {size * scale:0.0} px at {screen} px");
        }
    }

    [Fact]
    public void The_same_chart_gives_the_same_bytes()
    {
        WaitChartModel model = WaitChart.ModelFor("Acme", [s_twitter, s_phone], s_en)!;
        Assert.Equal(WaitChart.Svg(model), WaitChart.Svg(WaitChart.ModelFor("Acme", [s_twitter, s_phone], s_en)!));
    }

    private static List<(double X, double Y)> Vertices(string d)
    {
        var points = new List<(double X, double Y)>();
        double x = 0, y = 0;
        foreach (Match m in PathCommand().Matches(d))
        {
            double[] n = [.. m.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
            switch (m.Groups[1].Value)
            {
                case "M": (x, y) = (n[0], n[1]); break;
                case "H": x = n[0]; break;
                case "V": y = n[0]; break;
                default: throw new InvalidOperationException(m.Value);
            }

            points.Add((x, y));
        }

        return points;
    }

    private static double D(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"([MHV])([-0-9. ]+)")]
    private static partial Regex PathCommand();
}
