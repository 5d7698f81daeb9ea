using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BrandPulse.Browser.Tests;

/// <summary>Pictures of the capture page during a call, for people to look at (never compared byte for byte).</summary>
[Collection(CaptureSiteCollection.Name)]
public sealed class CaptureScreenshotTests(CaptureSite site, ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(RepoRoot.Path, "tests", "BrandPulse.Browser.Tests", "bin", "screenshots");

    [Theory]
    [InlineData("es/capture/index.html", "capture-es")]
    [InlineData("capture/index.html", "capture-en")]
    public async Task Saves_the_call_screen_and_the_outcome_form(string path, string name)
    {
        // Given: a call 1 min 30 s after the line connected
        await using IBrowserContext context = await site.NewPhoneAsync();
        await context.Clock.InstallAsync(new() { TimeString = "2026-12-10T09:13:00+01:00" });
        await context.Clock.PauseAtAsync("2026-12-10T09:14:03+01:00");
        var capture = new CapturePage(await context.NewPageAsync());
        await capture.OpenAsync(path);
        await capture.ChooseAsync("Ana", "movistar", "movistar-1004");
        await capture.TapAsync("dialed");
        await context.Clock.FastForwardAsync("00:12");
        await capture.TapAsync("connected");
        await context.Clock.FastForwardAsync("01:30");
        string running = Path.Combine(Folder, $"{name}-call-{CaptureSite.PhoneWidth}.png");
        string outcome = Path.Combine(Folder, $"{name}-outcome-{CaptureSite.PhoneWidth}.png");
        string whole = Path.Combine(Folder, $"{name}-page-{CaptureSite.PhoneWidth}.png");

        // When
        await capture.Page.Locator("#call").ScreenshotAsync(new() { Path = running });
        await capture.TapAsync("ended");
        await capture.Page.Locator("#call-result").ScreenshotAsync(new() { Path = outcome });
        await capture.Page.CheckAsync("input[name=outcome][value=cut_off]");
        await capture.Page.ClickAsync("#save-call");
        await capture.Page.ScreenshotAsync(new() { Path = whole, FullPage = true });

        // Then
        foreach (string file in new[] { running, outcome, whole })
        {
            output.WriteLine($"screenshot: {file}");
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} is almost empty");
        }
    }
}
