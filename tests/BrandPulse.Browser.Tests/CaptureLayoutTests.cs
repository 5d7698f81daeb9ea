using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(CaptureSiteCollection.Name)]
public sealed class CaptureLayoutTests(CaptureSite site)
{
    [Theory]
    [InlineData("es/capture/index.html")]
    [InlineData("capture/index.html")]
    public async Task At_360px_nothing_scrolls_sideways_and_the_tap_buttons_are_big(string path)
    {
        // Given: a narrow phone with every part of the page opened once
        await using IBrowserContext context = await site.NewPhoneAsync(CaptureSite.NarrowPhoneWidth);
        var capture = new CapturePage(await context.NewPageAsync());
        IPage page = capture.Page;
        await capture.OpenAsync(path);
        await capture.ChooseAsync("Volunteer with a rather long self-chosen name", "iberdrola", "iberdrola-900");
        var wide = new List<string>();

        // When
        await capture.TapAsync("dialed");
        await capture.TapAsync("connected");
        await Check("a call running");
        await capture.TapAsync("ended");
        await Check("the outcome form");
        await page.CheckAsync("input[name=outcome][value=cut_off]");
        await page.ClickAsync("#save-call");
        await page.SelectOptionAsync("#brand", "movistar");
        await page.SelectOptionAsync("#contact", "movistar-email");
        await page.ClickAsync("#save-written");
        await Check("the written complaint form");
        await capture.EntryEditButtons.First.ClickAsync();
        await Check("the edit form");

        // Then
        Assert.True(wide.Count == 0, string.Join('\n', wide));
        await page.SelectOptionAsync("#contact", "movistar-1004");
        foreach (ILocator button in await page.Locator("button.tap").AllAsync())
        {
            LocatorBoundingBoxResult box = (await button.BoundingBoxAsync())!;
            Assert.True(box.Height >= 48 && box.Width >= 300, $"{await button.TextContentAsync()}: {box.Width}x{box.Height}px");
        }

        async Task Check(string state)
        {
            int width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > CaptureSite.NarrowPhoneWidth)
            {
                wide.Add($"{path} with {state}: {width}px wide");
            }
        }
    }
}
