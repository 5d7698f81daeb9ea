using System.Globalization;
using System.Xml.Linq;
using BrandPulse.Generator.Charts;

namespace BrandPulse.Generator.Tests.Charts;

/// <summary>The SVG text writer the charts are drawn with: escaping, numbers, well-formed elements, ids.</summary>
public sealed class SvgWriterTests
{
    [Fact]
    public void Every_text_and_attribute_value_is_escaped_and_reads_back_unchanged()
    {
        // Given: text with every character XML gives a meaning to, and a control character XML cannot hold
        const string hostile = "A&B <script>\"x\" 'y'</script>\u0001";

        // When
        string svg = new SvgWriter().Open("svg").Attr("aria-label", hostile).Open("text").Text(hostile).Close().Close().ToString();

        // Then: no markup got through, and a parser reads back the text without the control character
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        XElement root = XElement.Parse(svg);
        Assert.Equal("A&B <script>\"x\" 'y'</script>", root.Attribute("aria-label")!.Value);
        Assert.Equal("A&B <script>\"x\" 'y'</script>", root.Element("text")!.Value);
        Assert.Equal("&lt;a&gt; &amp; &quot;b&quot; &#39;c&#39;", SvgWriter.Escape("<a> & \"b\" 'c'"));
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.001, "0")]
    [InlineData(12.0, "12")]
    [InlineData(12.345, "12.35")]
    [InlineData(-3.1, "-3.1")]
    [InlineData(1234567.891, "1234567.89")]
    public void Numbers_are_written_with_a_dot_and_at_most_two_decimals_under_any_culture(double value, string expected)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            // Given: a culture that writes a decimal comma (ignored under invariant globalization, but never relied on)
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal(expected, SvgWriter.Number(value));
            Assert.Equal($"<line x1=\"{expected}\"/>", new SvgWriter().Open("line").Attr("x1", value).End().ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Numbers_are_written_as_the_custom_format_0_point_hash_hash_writes_them()
    {
        // Given coordinates as charts compute them: fractions of widths, logarithms, hundredths and their midpoints
        var random = new Random(20261205);
        IEnumerable<double> values = Enumerable.Range(0, 200_000).Select(_ => (random.NextDouble() - 0.3) * 2_000)
            .Concat(Enumerable.Range(-100_000, 200_001).Select(i => i / 1000.0))
            .Concat(Enumerable.Range(-5_000, 10_001).Select(i => (i / 100.0) + 0.005))
            .Concat([0.29, 1.005, 2.675, -0.005, 0.004999, 999_999_999.995, 123_456_789_012.345, -98_765_432_109_876.5]);
        foreach (double value in values)
        {
            // When written, it is what the number's two-decimal rounding gives with "0.##", the format charts were written in
            double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture), SvgWriter.Number(value));
        }
    }

    [Fact]
    public void A_number_that_is_not_finite_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgWriter.Number(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgWriter.Number(double.PositiveInfinity));
    }

    [Fact]
    public void Elements_are_closed_in_order_and_an_unclosed_one_is_refused()
    {
        Assert.Equal("<g><rect width=\"2\"/><text>a</text></g>",
            new SvgWriter().Open("g").Open("rect").Attr("width", 2).End().Open("text").Text("a").Close().Close().ToString());
        Assert.Throws<InvalidOperationException>(() => new SvgWriter().Open("g").Open("text").Close().ToString());
        Assert.Throws<InvalidOperationException>(() => new SvgWriter().Open("g").Text("a").Attr("x", 1));
    }

    [Fact]
    public void Ids_carry_the_drawings_prefix_and_a_part_is_given_only_once()
    {
        var wide = new SvgIds("rank-chart-twitter-wide");
        var narrow = new SvgIds("rank-chart-twitter-narrow");

        Assert.Equal("rank-chart-twitter-wide-title", wide.For("title"));
        Assert.Equal("rank-chart-twitter-narrow-title", narrow.For("title"));
        Assert.Throws<InvalidOperationException>(() => wide.For("title"));
    }
}
