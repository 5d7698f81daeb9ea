using BrandPulse.Data.Model;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Rendering;

/// <summary>The shared figure text (figures, tags, caveats, counted nouns, chart words) in each language of the site.</summary>
public sealed class FigureTextLanguageTests
{
    private const char Nbsp = '\u00A0';
    private static readonly SiteContext s_en = new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);
    private static readonly SiteContext s_es = s_en.In(SiteLanguage.Spanish);
    private static readonly Brand s_brand = new(7, "acme", "Acme", null, "test", null);

    // 2017-10-10 and 2020-04-30, UTC
    private const long October2017 = 1507593600000, April2020 = 1588204800000;

    [Fact]
    public void Figures_read_as_each_language_writes_them()
    {
        var median = new QuantileEstimate(90, 1.0, null);
        var gap = new GapEstimate(3.25, 1.44, null);

        Assert.Equal("1 min – not reached", FigureText.Interval(median, s_en));
        Assert.Equal("1 min – sin alcanzar", FigureText.Interval(median, s_es));
        Assert.Equal("3.3×", FigureText.Ratio(3.25, s_en));
        Assert.Equal("3,3×", FigureText.Ratio(3.25, s_es));
        Assert.Equal("1.4× – unbounded", FigureText.RatioInterval(gap, s_en));
        Assert.Equal("1,4× – sin límite", FigureText.RatioInterval(gap, s_es));
        Assert.Equal("3,3 veces más lento", FigureText.Times(3.25, s_es));
        Assert.Equal("2.0 times faster", FigureText.Times(0.5, s_en));
        Assert.Equal($"31{Nbsp}052", FigureText.Count(31052, s_es));
        Assert.Equal("31,052", FigureText.Count(31052, s_en));
        Assert.Equal($"82{Nbsp}%", FigureText.Percent(0.82, s_es));
        Assert.Equal("Oct 2017 – Apr 2020", FigureText.MonthPeriod(October2017, April2020, s_en));
        Assert.Equal("oct. 2017 – abr. 2020", FigureText.MonthPeriod(October2017, April2020, s_es));
        Assert.Equal("del 10 de octubre de 2017 al 30 de abril de 2020", FigureText.Period(October2017, April2020, s_es));
        Assert.Equal("todavía no hay quejas", FigureText.Period(0, 0, s_es));
    }

    [Fact]
    public void The_english_forms_with_a_context_are_those_pages_have_always_shown()
    {
        var median = new QuantileEstimate(90, 1.5, 200);
        var share = new ShareEstimate(0.5, 0.25, 0.75);
        var gap = new GapEstimate(1234.4, null, 0.0049);

        Assert.Equal(FigureText.Interval(median), FigureText.Interval(median, s_en));
        Assert.Equal(FigureText.PercentInterval(share), FigureText.PercentInterval(share, s_en));
        Assert.Equal(FigureText.RatioInterval(gap), FigureText.RatioInterval(gap, s_en));
        Assert.Equal(FigureText.Times(0.0049), FigureText.Times(0.0049, s_en));
        Assert.Equal(FigureText.Period(October2017, April2020), FigureText.Period(October2017, April2020, s_en));
        Assert.Equal(FigureText.MonthPeriod(October2017, October2017 + 1000), FigureText.MonthPeriod(October2017, October2017 + 1000, s_en));
    }

    [Fact]
    public void Tags_and_caveats_are_in_the_page_language_and_the_english_ones_unchanged()
    {
        ChannelFigures f = Figures() with { Illustrative = true, AnsweredOnlyShare = 1, SelectedBecauseAnswered = true, PeriodStartMs = October2017, PeriodEndMs = April2020 };

        Assert.Equal(FigureTags.Titled(f).Value, FigureTags.Titled(f, s_en).Value);
        Assert.Equal(FigureTags.Plain(f).Value, FigureTags.Plain(f, s_en).Value);
        Assert.Equal(FigureTags.Period(f).Value, FigureTags.Period(f, s_en).Value);
        Assert.Equal(FigureTags.Answered(f).Value, FigureTags.Answered(f, s_en).Value);
        Assert.Equal(RankCaveat.For([f]), RankCaveat.For([f], s_en));

        Assert.Equal("<span class=\"tag illustrative\">ilustrativo</span><span class=\"tag selected\">solo respondidas</span>", FigureTags.Plain(f, s_es).Value);
        Assert.Equal($"75{Nbsp}%<span class=\"ci\">por selección</span>", FigureTags.Answered(f, s_es).Value);
        Assert.StartsWith("Lee estos puestos con cuidado: las marcas marcadas como «solo respondidas»", RankCaveat.For([f], s_es), StringComparison.Ordinal);
        Assert.Null(RankCaveat.For([Figures()], s_es));
    }

    [Fact]
    public void Channels_and_counted_nouns_are_named_in_the_page_language()
    {
        Assert.Equal("Teléfono", s_es.ChannelName(Channels.Phone));
        Assert.Equal(Channels.DisplayName(Channels.Letter), s_en.ChannelName(Channels.Letter));
        Assert.Equal("unknown-channel", s_es.ChannelName("unknown-channel"));
        Assert.Equal("por teléfono", s_es.ChannelOn(Channels.Phone));
        Assert.Equal("Por teléfono", s_es.ChannelOn(Channels.Phone, capitalized: true));
        Assert.Equal("on Twitter/X", s_en.ChannelOn(Channels.Twitter));
        Assert.Equal("en unknown-channel", s_es.ChannelOn("unknown-channel"));
        Assert.Equal("1 brand", s_en.Counted("brand", 1));
        Assert.Equal("1,204 complaints", s_en.Counted("complaint", 1204));
        Assert.Equal($"31{Nbsp}052 quejas", s_es.Counted("complaint", 31052));
    }

    [Fact]
    public void A_chart_draws_and_describes_its_curves_in_its_language()
    {
        WaitSeries twitter = new(Channels.Twitter, [0, 10, 100_000], [1, 0.5, 0.1], [0.9, 0.8, 0.45, 0.3, 0.2, 0.1]);
        WaitSeries phone = new(Channels.Phone, [0, 3, 100], [1, 0.4, 0.2], [0.5, 0.4, 0.3, 0.2, 0.1, 0.05]);
        WaitChartModel english = WaitChart.ModelFor("Acme", [twitter, phone], s_en)!;

        WaitChartModel spanish = WaitChart.In(english, s_es);
        string svg = WaitChart.Svg(spanish);

        Assert.Contains("Phone: not yet reached a person", english.Labels.Legend);
        Assert.Equal(["Twitter/X", "Teléfono: sin llegar aún a una persona"], spanish.Labels.Legend);
        Assert.Contains("Tiempo desde la queja", svg, StringComparison.Ordinal);
        Assert.Contains("1 semana", svg, StringComparison.Ordinal);
        Assert.Contains($"50{Nbsp}%", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Still waiting", svg, StringComparison.Ordinal);
        Assert.StartsWith("Gráfico de la proporción de personas que se quejaron a Acme", spanish.AltText, StringComparison.Ordinal);
        Assert.Contains($"Twitter/X: el 45{Nbsp}% seguía esperando pasada 1 hora", spanish.AltText, StringComparison.Ordinal);
        Assert.Same(english, WaitChart.In(english, s_en));
    }

    private static ChannelFigures Figures()
    {
        var summary = new ResponseSummary(4, 3, new ShareEstimate(0.75, 0.3, 0.95), new QuantileEstimate(5, 1, 9),
            new QuantileEstimate(null, null, null), ShareEstimate.Unknown, new ShareEstimate(0.5, 0.1, 0.9), ShareEstimate.Unknown);
        return new ChannelFigures(s_brand, Channels.Twitter, summary, [], FigureStatus.Ranked, null, false, false, 0, 0, 0, 0, [],
            new AnswerKindFigures(new Dictionary<string, int>(), 0, null));
    }
}
