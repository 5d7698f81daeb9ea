using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>Issue 15: pages do not shift while they load (cumulative layout shift, measured in the page, under 0.1).</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class LayoutShiftTests(BuiltSite site)
{
    // Every layout shift since navigation (buffered), not caused by input, summed once the page has settled.
    internal const string LayoutShift = """
        () => new Promise(resolve => {
          let total = 0;
          new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 1500);
        })
        """;

    [Theory]
    [InlineData("", BuiltSite.DesktopWidth)]
    [InlineData("", BuiltSite.PhoneWidth)]
    [InlineData("brands/apple/", BuiltSite.DesktopWidth)]
    [InlineData("brands/apple/", BuiltSite.PhoneWidth)]
    [InlineData("channels/twitter/", BuiltSite.PhoneWidth)]
    [InlineData("industries/technology/", BuiltSite.PhoneWidth)]
    [MemberData(nameof(EveryKindOfPage))]
    public async Task Issue15_a_page_shifts_less_than_0_1_while_it_loads(string path, int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();

        // When
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        double shift = await page.EvaluateAsync<double>(LayoutShift);

        // Then
        Assert.True(shift < 0.1, $"/{path} at {width}px: cumulative layout shift {shift:0.000}");
    }

    /// <summary>Every other kind of page of the demo (at a phone's width, where more moves), in both languages.</summary>
    public static TheoryData<string, int> EveryKindOfPage()
    {
        var data = new TheoryData<string, int>();
        foreach (string path in new[]
        {
            "brands/", "brands/?q=app", "channels/", "channels/twitter/by-name.html", "channels/phone/", "industries/",
            "compare/?a=apple&b=google", "ley-10-2025/", "methodology/", "about/", "corrections/", "editions/",
            "es/", "es/brands/", "es/brands/apple/", "es/compare/?a=apple&b=google", "es/ley-10-2025/", "es/methodology/",
        })
        {
            data.Add(path, BuiltSite.PhoneWidth);
        }

        return data;
    }
}
