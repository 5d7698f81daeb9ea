using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(CaptureSiteCollection.Name)]
public sealed class CaptureKeyboardTests(CaptureSite site)
{
    [Fact]
    public async Task With_the_keyboard_focus_follows_the_call_from_tap_to_tap_and_then_to_the_outcome_form()
    {
        // Given
        await using IBrowserContext context = await site.NewPhoneAsync();
        var capture = new CapturePage(await context.NewPageAsync());
        IPage page = capture.Page;
        await capture.OpenAsync("es/capture/index.html");
        await capture.ChooseAsync("Ana", "movistar", "movistar-1004");
        await page.FocusAsync("#tap-dialed");
        var visited = new List<string>();

        // When: Enter on whatever has the focus, five times
        for (int i = 0; i < 5; i++)
        {
            visited.Add(await page.EvaluateAsync<string>("document.activeElement.id"));
            await page.Keyboard.PressAsync("Enter");
        }

        // Then: every phase in order, and the outcome form's heading last
        Assert.Equal(["tap-dialed", "tap-connected", "tap-asked", "tap-person", "tap-ended"], visited);
        Assert.Equal("call-result-h", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal(5, await page.Locator("#tap-list li").CountAsync());
    }
}
