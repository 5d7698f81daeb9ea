using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>Issue 15, point 2: the home and channel pages draw their ranked brands, legibly at every width.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class RankingChartTests(BuiltSite site)
{
    // For the drawing the browser shows: its caption (what aria-labelledby names), the number of rows drawn, the smallest
    // text size as shown (font size × the drawing's scale), and how far it reaches to the right of the viewport.
    private const string Measure = """
        figure => {
          const svg = [...figure.querySelectorAll('svg')].find(s => s.checkVisibility());
          if (!svg) return null;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
          const label = document.getElementById(svg.getAttribute('aria-labelledby'));
          return {
            role: svg.getAttribute('role'),
            caption: label ? label.textContent : '',
            captionVisible: label ? label.checkVisibility() : false,
            rows: svg.querySelectorAll('g.row').length,
            minText: Math.min(...sizes),
            overflow: svg.getBoundingClientRect().right - document.documentElement.clientWidth,
          };
        }
        """;

    [Theory]
    [InlineData("", 360)]
    [InlineData("", 390)]
    [InlineData("", BuiltSite.DesktopWidth)]
    [InlineData("channels/twitter/", 360)]
    [InlineData("channels/twitter/", 390)]
    [InlineData("channels/twitter/", 800)]
    [InlineData("es/channels/twitter/", 360)]
    public async Task Issue15_the_ranking_chart_has_a_text_alternative_and_text_of_at_least_11_px(string path, int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync(path);
        ILocator figure = page.Locator("figure.rank-chart").First;
        ChartMeasure? m = await figure.EvaluateAsync<ChartMeasure?>(Measure);

        // Then: one drawing shows, named by its visible caption, as many rows as the ranking table has (up to 25)
        Assert.NotNull(m);
        Assert.Equal("img", m.Role);
        Assert.True(m.CaptionVisible, "the chart's text alternative is not visible");
        Assert.Contains(path.StartsWith("es/", StringComparison.Ordinal) ? "Mediana más corta" : "Shortest median", m.Caption, StringComparison.Ordinal);
        int tableRows = await page.Locator("table.ranking-table").First.Locator("tbody tr td.rank:not([data-value=\"\"])").CountAsync();
        Assert.Equal(Math.Min(tableRows, 25), m.Rows);
        Assert.True(m.MinText >= 11, $"/{path} at {width}px: chart text {m.MinText:0.0} px");
        Assert.True(m.Overflow <= 0, $"/{path} at {width}px: the chart reaches {m.Overflow:0} px past the screen");
    }

    [Fact]
    public async Task Issue15_a_chart_of_answered_only_data_says_so_in_visible_text()
    {
        // Given: the demo's Twitter/X figures come from data selected because the brand answered
        await using IBrowserContext context = await site.NewContextAsync(360);
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync("channels/twitter/");
        ILocator caption = page.Locator("figure.rank-chart figcaption");

        // Then
        Assert.True(await caption.IsVisibleAsync());
        Assert.Contains("Hollow dots", await caption.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("figure.rank-chart svg:visible circle.hollow").CountAsync() > 0);
    }

    /// <summary>What <see cref="Measure"/> returns (Playwright fills settable properties).</summary>
    public sealed class ChartMeasure
    {
        public string Role { get; set; } = "";
        public string Caption { get; set; } = "";
        public bool CaptionVisible { get; set; }
        public int Rows { get; set; }
        public double MinText { get; set; }
        public double Overflow { get; set; }
    }
}
