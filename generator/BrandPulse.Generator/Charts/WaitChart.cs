using BrandPulse.Data.Model;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Charts;

/// <summary>
/// The brand page chart: Kaplan-Meier "still waiting" curves, channels overlaid, on a logarithmic time axis
/// (minutes to days). Drawn as SVG text by <see cref="WaitChartSvg"/>; the same numbers appear in the data table beside it.
/// </summary>
public static class WaitChart
{
    public const string FontName = "DejaVu Sans";
    public const int Width = 720;
    public const int Height = 360;

    /// <summary>The times the data table beside the chart shows (minutes).</summary>
    public static IReadOnlyList<double> TableTimes { get; } = [5, 15, 60, 240, 1440, 10080];

    /// <summary>The time axis's ticks: minutes and the string naming each (<c>chart.tick_*</c>).</summary>
    private static readonly (double Minutes, string Key)[] s_ticks =
    [
        (1, "chart.tick_1min"), (5, "chart.tick_5min"), (15, "chart.tick_15min"), (60, "chart.tick_1h"), (240, "chart.tick_4h"),
        (1440, "chart.tick_1day"), (10080, "chart.tick_1week"), (43200, "chart.tick_30days"),
    ];

    /// <summary>The time axis's tick positions (minutes), in the order of <see cref="WaitChartLabels.Ticks"/>.</summary>
    public static IReadOnlyList<double> TickMinutes { get; } = [.. s_ticks.Select(t => t.Minutes)];

    /// <summary>A brand's chart in the language of <paramref name="context"/>; null when no channel has figures to show.</summary>
    public static WaitChartModel? ModelFor(BrandFigures brand, SiteContext context)
    {
        IReadOnlyList<WaitSeries> series = brand.ChartSeries ?? SeriesFor(brand.Channels);
        return ModelFor(brand.Brand.DisplayName, series, context,
            [.. series.Select(s => brand.Channels.FirstOrDefault(f => f.Channel == s.Channel) is { } f ? TagOf(f) : null)]);
    }

    /// <summary>
    /// The key of the tag a channel's curve carries, as its figures do in every table: illustrative data, or data
    /// selected (wholly or partly) because the brand answered; null for neither.
    /// </summary>
    public static string? TagOf(ChannelFigures f) =>
        f.Illustrative ? "tag.illustrative"
        : f.SelectedBecauseAnswered ? "tag.answered_only"
        : f.AnsweredOnlyShare > 0 ? "tag.partly_answered_only"
        : null;

    /// <summary>The same curves with every word in the language of <paramref name="context"/> (the Spanish chart from the English one).</summary>
    public static WaitChartModel In(WaitChartModel chart, SiteContext context) =>
        chart.Labels.Language == context.Language ? chart : ModelFor(chart.BrandName, chart.Series, context, chart.Tags)!;

    /// <summary>The curves of a brand's channels with figures to show: they depend on its complaints alone.</summary>
    public static IReadOnlyList<WaitSeries> SeriesFor(IEnumerable<ChannelFigures> channels)
    {
        var series = new List<WaitSeries>();
        foreach (ChannelFigures f in channels.Where(c => c.Status != FigureStatus.TooFew))
        {
            series.Add(f.Law?.Phone is { } phone ? SeriesOf(f.Channel, phone.Curve) : SeriesOf(f.Channel, KaplanMeier.Fit(f.Observations)));
        }

        return series;
    }

    /// <summary>One channel's curve, thinned for drawing, and its values at the table's times.</summary>
    public static WaitSeries SeriesOf(string channel, SurvivalCurve curve)
    {
        (List<double> xs, List<double> ys) = Thin(curve.Steps);
        return new WaitSeries(channel, xs, ys, TableTimes.Select(curve.SurvivalAt).ToList());
    }

    /// <summary>
    /// The phone's curve: the share of all calls that had not reached a person by t (still waiting, or ended another
    /// way), one minus the Aalen-Johansen cumulative incidence of reaching one.
    /// </summary>
    public static WaitSeries SeriesOf(string channel, IReadOnlyList<IncidencePoint> curve)
    {
        SurvivalStep[] steps = [.. curve.Select(p => new SurvivalStep(p.Seconds / 60.0, 0, 0, 0, 1 - p.ReachedPerson, 0, 0, null, null))];
        (List<double> xs, List<double> ys) = Thin(steps);
        return new WaitSeries(channel, xs, ys, [.. TableTimes.Select(t => NotReachedAt(curve, t * 60))]);
    }

    private static double NotReachedAt(IReadOnlyList<IncidencePoint> curve, double seconds)
    {
        double reached = 0;
        foreach (IncidencePoint p in curve)
        {
            if (p.Seconds > seconds)
            {
                break;
            }

            reached = p.ReachedPerson;
        }

        return 1 - reached;
    }

    /// <summary>A chart of these curves, its words (text alternative, axes, legend) in the language of <paramref name="context"/>.</summary>
    /// <param name="tags">Per series, the key of its tag (<see cref="TagOf"/>) or null; none when omitted.</param>
    public static WaitChartModel? ModelFor(string brandName, IReadOnlyList<WaitSeries> series, SiteContext context, IReadOnlyList<string?>? tags = null)
    {
        if (series.Count == 0)
        {
            return null;
        }

        Strings text = context.Text;
        SiteLanguage language = context.Language;
        tags ??= [.. series.Select(_ => (string?)null)];
        string Tagged(string label, int i) => tags[i] is { } key ? text.Format("chart.tagged", ("label", label), ("tag", text[key])) : label;
        string alt = text.Format("chart.alt", ("brand", brandName), ("series", string.Join("; ", series.Select((s, i) => Tagged(text.Format(
            s.Channel == Channels.Phone ? "chart.alt_series_phone" : "chart.alt_series",
            ("channel", context.ChannelName(s.Channel)),
            ("after_1h", Units.Percent(s.StillWaitingAtTableTimes[2], language)),
            ("after_1d", Units.Percent(s.StillWaitingAtTableTimes[4], language))), i)))));
        var labels = new WaitChartLabels(
            language,
            text["chart.x_label"],
            text["chart.y_label"],
            [.. s_ticks.Select(t => text[t.Key])],
            [.. series.Select((s, i) => Tagged(s.Channel == Channels.Phone ? text["chart.legend_phone"] : context.ChannelName(s.Channel), i))]);
        return new WaitChartModel(brandName, series, alt, labels) { Tags = tags };
    }

    /// <summary>The narrow chart for phones: drawn at about the width it is shown at, so its text stays at least 11 px.</summary>
    public const int NarrowWidth = 320;

    /// <summary>See <see cref="NarrowWidth"/>: taller than the wide chart's proportion, for the legend under the plot.</summary>
    public const int NarrowHeight = 300;

    /// <summary>The chart drawn <see cref="Width"/> by <see cref="Height"/>, as an SVG document.</summary>
    public static string Svg(WaitChartModel model) => WaitChartSvg.Draw(model, Width, Height, "wait");

    /// <summary>The same chart drawn <see cref="NarrowWidth"/> wide, for small screens.</summary>
    public static string NarrowSvg(WaitChartModel model) => WaitChartSvg.Draw(model, NarrowWidth, NarrowHeight, "wait-narrow", legendBelow: true);

    /// <summary>
    /// The curve's points, at most one drop per pixel column of the chart's log time axis: a brand with 100,000
    /// complaints has as many steps, which no eye can tell apart at 720 pixels and which would make the SVG megabytes.
    /// The step drawn for a column ends where the curve really is at the column's end, so the shape is exact to a pixel.
    /// </summary>
    internal static (List<double> Minutes, List<double> StillWaiting) Thin(IReadOnlyList<SurvivalStep> steps)
    {
        const double columnsPerDecade = Width / 5.0; // about five decades (minutes to a month) across the chart
        var xs = new List<double> { 0 };
        var ys = new List<double> { 1 };
        double lastColumn = double.NegativeInfinity;
        foreach (SurvivalStep step in steps)
        {
            double column = Math.Floor(ToAxis(step.Minutes) * columnsPerDecade);
            if (column == lastColumn && xs.Count > 1)
            {
                ys[^1] = step.Survival; // same pixel column: keep where the curve ends up
                continue;
            }

            xs.Add(step.Minutes);
            ys.Add(step.Survival);
            lastColumn = column;
        }

        return (xs, ys);
    }

    /// <summary>Log scale for time: 0 minutes sits half a minute left of 1 minute.</summary>
    internal static double ToAxis(double minutes) => Math.Log10(Math.Max(minutes, 0.5));
}
