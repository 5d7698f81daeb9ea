using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Charts;

/// <summary>Issue 15, point 2: the dot-and-interval chart of a channel's ranked brands.</summary>
public sealed partial class RankingChartTests
{
    private static readonly SiteContext s_en = new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);
    private static readonly SiteContext s_es = s_en.In(SiteLanguage.Spanish);

    [Fact]
    public void Each_ranked_brand_gets_a_dot_at_its_median_and_a_line_over_its_interval_in_rank_order()
    {
        // Given: three ranked brands, the best with the shortest median
        ChannelRanking ranking = Ranking(Figures("alpha", 1, 3, 1, 6), Figures("beta", 2, 30, 12, 90), Figures("gamma", 3, 600, 240, null));

        // When
        XElement svg = Parse(RankingChart.Svg(RankingChart.Drawn(ranking), RankingChart.Wide, "wide", "c", s_en));

        // Then: one row per brand, in rank order, named
        XElement[] rows = [.. svg.Elements("g")];
        Assert.Equal(["Alpha", "Beta", "Gamma"], rows.Select(r => r.Element("text")!.Value));

        // the dots are ordered left to right like the medians, each inside its interval's line
        double[] dots = [.. rows.Select(r => D(r.Element("circle")!, "cx"))];
        Assert.True(dots[0] < dots[1] && dots[1] < dots[2], string.Join(", ", dots));
        foreach (XElement row in rows)
        {
            XElement line = row.Element("line")!;
            double cx = D(row.Element("circle")!, "cx");
            Assert.InRange(cx, D(line, "x1"), D(line, "x2"));
        }

        // an interval without an upper end runs to the plot's edge, drawn as open
        XElement open = rows[2].Element("line")!;
        Assert.Contains("open", open.Attribute("class")!.Value, StringComparison.Ordinal);
        Assert.Equal(RankingChart.Wide.Width - 14, D(open, "x2"));
        Assert.DoesNotContain("open", rows[0].Element("line")!.Attribute("class")!.Value, StringComparison.Ordinal);

        // on a log scale: 1 → 3 min and 10 → 30 min are as wide (same ratio)
        double Log(double minutes) => Math.Log10(minutes);
        double perDecade = (dots[1] - dots[0]) / (Log(30) - Log(3));
        double next = (dots[2] - dots[1]) / (Log(600) - Log(30));
        Assert.True(Math.Abs(perDecade - next) < 0.5, $"{perDecade:0.00} and {next:0.00} px per decade");
    }

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    public void The_narrow_drawing_keeps_its_text_at_least_11_px_on_a_phone(int screen)
    {
        // Given: the narrow drawing, shown 100% wide in a page with at most 2 × 20 px of side padding
        ChannelRanking ranking = Ranking(Figures("alpha", 1, 3, 1, 6), Figures("a-brand-with-a-very-long-name", 2, 30, 12, 90));
        XElement svg = Parse(RankingChart.Svg(RankingChart.Drawn(ranking), RankingChart.Narrow, "narrow", "c", s_en));
        double shownWidth = Math.Min(screen - 40, 480);
        double scale = shownWidth / D(svg, "width");

        // Then: every text element's size, as shown, is at least 11 px; long names are written in full, not cut
        double fontSize = D(svg, "font-size");
        Assert.True(fontSize * scale >= 11, $"{fontSize} × {scale:0.00} = {fontSize * scale:0.0} px at {screen} px");
        Assert.All(svg.Descendants("text"), t => Assert.Null(t.Attribute("font-size")));
        Assert.DoesNotContain(svg.Descendants("text"), t => t.Value.Contains('…', StringComparison.Ordinal));
        Assert.Contains("A-brand-with-a-very-long-name", svg.Elements("g").Select(g => g.Element("text")!.Value));
    }

    [Fact]
    public void Issue15_the_narrow_drawing_writes_long_real_names_in_full_above_their_intervals_inside_the_drawing()
    {
        // Given: brands whose names the narrow drawing used to cut at 13 characters, and one longer than a line
        const string longest = "Compañía Española de Telecomunicaciones y Servicios Digitales del Mediterráneo";
        string[] names = ["American Airlines", "British Airways", "Telefónica Movistar", longest];
        ChannelRanking ranking = Ranking([.. names.Select((n, i) => Named(Figures($"b{i}", i + 1, 3 * (i + 1), i + 1, 9 * (i + 1)), n))]);

        // When
        XElement svg = Parse(RankingChart.Svg(RankingChart.Drawn(ranking), RankingChart.Narrow, "narrow", "c", s_en));
        XElement[] rows = [.. svg.Elements("g")];

        // Then: each row's name reads in full (the longest on more than one line), in rank order
        Assert.Equal(names, rows.Select(r => string.Join(" ", TextLines(r.Element("text")!))));
        Assert.Equal(["American Airlines"], TextLines(rows[0].Element("text")!));
        Assert.True(TextLines(rows[3].Element("text")!).Count >= 2);

        // every line fits inside the drawing, and each name sits above its own interval and below the row before
        double width = D(svg, "width");
        double previousLine = 0;
        foreach (XElement row in rows)
        {
            XElement text = row.Element("text")!;
            double x = D(text, "x");
            Assert.All(TextLines(text), line => Assert.True(x + Generator.Site.TextMeasure.Width(line, 12) <= width, $"\"{line}\" runs past {width}"));
            double nameY = D(text, "y");
            Assert.True(nameY > previousLine, $"{text.Value} overlaps the row above");
            double lastLineY = nameY + text.Elements("tspan").Sum(t => D(t, "dy"));
            Assert.True(D(row.Element("line")!, "y1") > lastLineY, $"{text.Value}: interval above the name");
            previousLine = D(row.Element("line")!, "y1");
        }

        Assert.True(D(svg, "height") > previousLine, "the axis comes after the last row");
    }

    private static ChannelFigures Named(ChannelFigures f, string name) => f with { Brand = f.Brand with { DisplayName = name } };

    private static List<string> TextLines(XElement text) =>
        [string.Concat(text.Nodes().OfType<XText>().Select(t => t.Value)), .. text.Elements("tspan").Select(t => t.Value)];

    [Fact]
    public void The_wide_drawing_keeps_its_text_at_least_11_px_where_css_shows_it()
    {
        // site.css shows the wide drawing from 760 px, in a column no narrower than 700 px
        Assert.True(RankingChart.Wide.FontSize * 700.0 / RankingChart.Wide.Width >= 11);
        Assert.Contains("@media (max-width: 759px)", File.ReadAllText(Path.Combine(RepoPaths.Site, "theme", "site.css")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_figure_has_a_text_alternative_naming_the_extremes_in_the_page_language()
    {
        // Given
        ChannelRanking ranking = Ranking(Figures("alpha", 1, 3, 1, 6), Figures("beta", 2, 30, 12, 90));

        // When
        string en = RankingChart.For(ranking, s_en).Value;
        string es = RankingChart.For(ranking, s_es).Value;

        // Then: both drawings point at the caption, which says what is drawn
        XElement figure = Parse(en);
        Assert.Equal(2, figure.Elements("svg").Count());
        Assert.All(figure.Elements("svg"), s =>
        {
            Assert.Equal("img", s.Attribute("role")!.Value);
            Assert.Equal("rank-chart-twitter-cap", s.Attribute("aria-labelledby")!.Value);
        });
        string caption = figure.Element("figcaption")!.Value;
        Assert.Equal("rank-chart-twitter-cap", figure.Element("figcaption")!.Attribute("id")!.Value);
        Assert.Contains("Shortest median: Alpha (3 min); longest: Beta (30 min)", caption, StringComparison.Ordinal);
        Assert.Contains("2 brands", caption, StringComparison.Ordinal);
        Assert.Contains("Mediana más corta: Alpha (3 min); más larga: Beta (30 min)", Parse(es).Element("figcaption")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Hollow", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Selected_or_illustrative_figures_are_hollow_and_the_caption_says_why()
    {
        // Given: one brand ranked on answered-only data
        ChannelRanking ranking = Ranking(Figures("alpha", 1, 3, 1, 6) with { AnsweredOnlyShare = 1, SelectedBecauseAnswered = true },
            Figures("beta", 2, 30, 12, 90));

        // When
        XElement figure = Parse(RankingChart.For(ranking, s_en).Value);

        // Then
        XElement svg = figure.Elements("svg").First();
        Assert.Equal(["dot hollow", "dot"], svg.Descendants("circle").Select(c => c.Attribute("class")!.Value));
        string caption = figure.Element("figcaption")!.Value;
        Assert.Contains("Hollow dots: figures that cannot carry a rank alone.", caption, StringComparison.Ordinal);
        Assert.Contains("Read these ranks with care", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_the_best_25_are_drawn_and_the_caption_says_so()
    {
        // Given: 40 ranked brands
        ChannelRanking ranking = Ranking([.. Enumerable.Range(1, 40).Select(n => Figures($"b{n:00}", n, n, n * 0.5, n * 2.0))]);

        // When
        XElement figure = Parse(RankingChart.For(ranking, s_en).Value);

        // Then
        Assert.Equal(RankingChart.MaxBrands, figure.Elements("svg").First().Elements("g").Count());
        Assert.Contains("25 brands ranked best of 40", figure.Element("figcaption")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void No_ranked_brand_draws_nothing()
    {
        Assert.Equal("", RankingChart.For(Ranking(), s_en).Value);
    }

    [Theory]
    [InlineData(3, 200, 1, 240)]
    [InlineData(0.5, 7, 0.25, 15)]
    [InlineData(100, 100, 60, 240)]
    public void The_axis_runs_between_ticks_around_the_values(double low, double high, double from, double to)
    {
        Assert.Equal((from, to), RankingChart.Domain(low, high));
        Assert.True(RankingChart.Ticks(from, to, 4).Count <= 4);
    }

    private static XElement Parse(string markup) => XElement.Parse(Entity().Replace(markup, m =>
        char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    [GeneratedRegex("&#x([0-9A-Fa-f]+);")]
    private static partial Regex Entity();

    private static double D(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static ChannelRanking Ranking(params ChannelFigures[] ranked) => new(Channels.Twitter, ranked, []);

    private static ChannelFigures Figures(string slug, int rank, double median, double lower, double? upper)
    {
        string name = string.Concat(slug[..1].ToUpperInvariant(), slug.AsSpan(1));
        var brand = new Brand(rank, slug, name, null, "test", null);
        var summary = new ResponseSummary(100, 90, new ShareEstimate(0.9, 0.8, 0.95), new QuantileEstimate(median, lower, upper),
            new QuantileEstimate(null, null, null), ShareEstimate.Unknown, ShareEstimate.Unknown, ShareEstimate.Unknown);
        return new ChannelFigures(brand, Channels.Twitter, summary, [], FigureStatus.Ranked, new RankInterval(slug, rank, rank, rank, false),
            false, false, 0, 0, 0, 0, [], new AnswerKindFigures(new Dictionary<string, int>(), 0, null));
    }
}
