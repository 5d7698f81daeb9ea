using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandPulse.Browser.Tests.Infrastructure;
using BrandPulse.Statistics;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>
/// Issue 15, point 6: the comparison says per channel which brand is faster and whether that is clear (from the
/// bootstrap interval of the ratio of medians, as <see cref="ChannelGap.FromMedians"/> gives it from the published
/// bootstrap medians), draws a small chart, and does not shift while it loads.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class CompareVerdictTests(BuiltSite site)
{
    private const string LayoutShift = """
        () => new Promise(resolve => {
          let total = 0;
          new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 1500);
        })
        """;

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    [InlineData(BuiltSite.DesktopWidth)]
    public async Task Issue15_the_comparison_shifts_less_than_0_1_while_it_loads(int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync("compare/?a=apple&b=google", new() { WaitUntil = WaitUntilState.Load });
        await page.Locator(".compare-verdict").First.WaitForAsync();
        double shift = await page.EvaluateAsync<double>(LayoutShift);

        // Then
        Assert.True(shift < 0.1, $"compare at {width}px: cumulative layout shift {shift:0.000}");
    }

    [Fact]
    public async Task Issue15_with_measured_data_the_sentence_names_the_faster_brand_and_is_clear_only_when_the_interval_excludes_1()
    {
        // Given: the demo's figures as if they were measured (no selection, nothing illustrative), so a verdict may be given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.RouteAsync("**/data/rankings.json", async route =>
        {
            IAPIResponse response = await route.FetchAsync();
            JsonNode json = JsonNode.Parse(await response.TextAsync())!;
            foreach (JsonNode? row in json["rows"]!.AsArray())
            {
                row!["illustrative"] = false;
                row["selected_because_answered"] = false;
            }

            await route.FulfillAsync(new() { Response = response, Body = json.ToJsonString() });
        });
        CsvTable rankings = await Rankings.FetchAsync(site, context);
        List<IReadOnlyDictionary<string, string>> ranked = [.. rankings.Rows
            .Where(r => r["channel"] == "twitter" && r["rank"].Length > 0)
            .OrderBy(r => int.Parse(r["rank"], CultureInfo.InvariantCulture))];
        Assert.True(ranked.Count >= 3, $"only {ranked.Count} ranked brands on Twitter/X");
        int checkedClear = 0, checkedUnclear = 0;

        // When / Then: the best against the worst, and neighbours, checked against the bootstrap interval
        foreach ((string a, string b) in new[] { (ranked[0]["slug"], ranked[^1]["slug"]), (ranked[^1]["slug"], ranked[0]["slug"]),
                     (ranked[0]["slug"], ranked[1]["slug"]), (ranked[1]["slug"], ranked[2]["slug"]) })
        {
            GapEstimate gap = ChannelGap.FromMedians(await MediansAsync(context, a, "twitter"), await MediansAsync(context, b, "twitter"));
            string nameA = ranked.Single(r => r["slug"] == a)["brand"], nameB = ranked.Single(r => r["slug"] == b)["brand"];
            await page.GotoAsync($"compare/?a={a}&b={b}");
            string sentence = await page.Locator(".compare-channel[data-channel=twitter] .compare-verdict").InnerTextAsync();
            string where = $"{a} vs {b}: ratio {gap.Ratio:0.000} ({gap.Lower:0.000}–{gap.Upper:0.000}): \"{sentence}\"";

            Assert.NotNull(gap.Ratio);
            if (Math.Abs(gap.Ratio.Value - 1) < 0.05)
            {
                Assert.Contains("about the same median wait", sentence, StringComparison.Ordinal);
                continue;
            }

            bool aFaster = gap.Ratio < 1;
            string faster = aFaster ? nameA : nameB;
            double times = aFaster ? 1 / gap.Ratio.Value : gap.Ratio.Value;
            bool clear = aFaster ? gap.Upper is < 1 : gap.Lower is null or > 1;
            Assert.True(sentence.StartsWith(faster, StringComparison.Ordinal), where);
            Assert.Contains($"{times.ToString("#,##0.0", CultureInfo.InvariantCulture)} times faster", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("times slower", sentence, StringComparison.Ordinal);
            Assert.True(sentence.Contains("the difference is clear", StringComparison.Ordinal) == clear, where);
            Assert.True(sentence.Contains("the difference is not clear", StringComparison.Ordinal) == !clear, where);
            _ = clear ? checkedClear++ : checkedUnclear++;
        }

        Assert.True(checkedClear + checkedUnclear >= 3, $"only {checkedClear + checkedUnclear} sentences checked");
    }

    [Theory]
    [InlineData("compare/?a=apple&b=google", "cannot show which brand is faster", "clear")]
    [InlineData("es/compare/?a=apple&b=google", "no pueden mostrar qué marca es más rápida", "clara")]
    public async Task Issue15_selected_or_illustrative_data_never_gives_a_verdict(string path, string caveat, string verdict)
    {
        // Given: the demo, whose Twitter/X data was selected because the brands answered and whose phone data is made up
        await using IBrowserContext context = await site.NewContextAsync(360);
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync(path);
        await page.Locator(".compare-verdict").First.WaitForAsync();
        string[] sentences = [.. await page.Locator(".compare-verdict").AllInnerTextsAsync()];

        // Then: one sentence per channel table; where both brands are compared, a caveat and no verdict
        Assert.Equal(await page.Locator("#compare-result table").CountAsync(), sentences.Length);
        string[] compared = [.. sentences.Where(s => s.Contains(caveat, StringComparison.Ordinal))];
        Assert.NotEmpty(compared);
        Assert.All(sentences, s => Assert.DoesNotContain(verdict, s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    public async Task Issue15_each_channel_has_a_small_chart_with_text_of_at_least_11_px(int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync("compare/?a=apple&b=google");
        await page.Locator(".compare-chart").First.WaitForAsync();

        // Then
        double[] smallest = [.. await page.Locator(".compare-chart").EvaluateAllAsync<double[]>("""
            charts => charts.map(svg => {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
            })
            """)];
        Assert.NotEmpty(smallest);
        Assert.All(smallest, px => Assert.True(px >= 11, $"chart text {px:0.0} px at {width}px"));
        foreach (ILocator svg in await page.Locator(".compare-chart").AllAsync())
        {
            Assert.Equal("img", await svg.GetAttributeAsync("role"));
            Assert.False(string.IsNullOrWhiteSpace(await svg.GetAttributeAsync("aria-label")));
        }

        Assert.Equal(2, await page.Locator(".compare-chart").First.Locator("circle").CountAsync());
    }

    private static async Task<BootstrapMedians> MediansAsync(IBrowserContext context, string slug, string channel)
    {
        IAPIResponse response = await context.APIRequest.GetAsync($"data/bootstrap/{slug}.json");
        Assert.True(response.Ok, $"data/bootstrap/{slug}.json answered {response.Status}");
        using JsonDocument json = JsonDocument.Parse(await response.BodyAsync());
        JsonElement m = json.RootElement.GetProperty("channels").GetProperty(channel);
        static double Minutes(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.PositiveInfinity : e.GetDouble();
        return new BootstrapMedians(slug, Minutes(m.GetProperty("median")), [.. m.GetProperty("bootstrap").EnumerateArray().Select(Minutes)]);
    }
}
