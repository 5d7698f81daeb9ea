using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(CaptureSiteCollection.Name)]
public sealed class CaptureUndoTests(CaptureSite site)
{
    [Fact]
    public async Task Undo_takes_back_only_the_last_tap_and_a_reload_keeps_the_call()
    {
        // Given: the English page, a call dialled, connected and a person asked for
        await using IBrowserContext context = await site.NewPhoneAsync(locale: "en-GB");
        var capture = new CapturePage(await context.NewPageAsync());
        IPage page = capture.Page;
        await capture.OpenAsync("capture/index.html");
        await capture.ChooseAsync("Sam", "iberdrola", "iberdrola-900");
        Assert.True(await page.IsDisabledAsync("#undo"), "nothing to undo before the first tap");
        Assert.True(await page.IsDisabledAsync("#tap-connected"), "the line cannot connect before dialling");
        await capture.TapAsync("dialed");
        await capture.TapAsync("connected");
        await capture.TapAsync("asked");
        string[] before = [.. await page.Locator("#tap-list li").AllTextContentsAsync()];

        // When: the screen locks and the browser reloads the page, then the volunteer undoes one tap
        await capture.ReloadAsync();
        Assert.Equal(before, await page.Locator("#tap-list li").AllTextContentsAsync());
        await page.ClickAsync("#undo");

        // Then: only "asked" is gone; the call goes on from "connected"
        Assert.Equal(before[..2], await page.Locator("#tap-list li").AllTextContentsAsync());
        Assert.StartsWith("Undone: Asked for a person", await page.TextContentAsync("#call-status"));
        Assert.True(await page.IsEnabledAsync("#tap-asked"));
        Assert.True(await page.IsEnabledAsync("#tap-person"));
        Assert.True(await page.IsDisabledAsync("#tap-connected"));

        // When: the call ends; undo reopens it
        await capture.TapAsync("ended");
        Assert.True(await page.IsVisibleAsync("#call-result"));
        await page.ClickAsync("#undo");
        Assert.False(await page.IsVisibleAsync("#call-result"), "undoing the end hides the outcome form");
        Assert.True(await page.IsEnabledAsync("#tap-ended"));

        // When: everything is undone
        await page.ClickAsync("#undo");
        await page.ClickAsync("#undo");

        // Then: a fresh start, and no entry was saved
        Assert.Equal(0, await page.Locator("#tap-list li").CountAsync());
        Assert.True(await page.IsDisabledAsync("#undo"));
        Assert.True(await page.IsEnabledAsync("#tap-dialed"));
        Assert.True(await page.IsDisabledAsync("#tap-ended"));
        Assert.Equal("No entries yet.", await page.TextContentAsync("#entries-count"));
    }

    [Fact]
    public async Task A_busy_line_needs_only_two_taps_and_an_early_hang_up_is_flagged_as_a_protocol_breach()
    {
        // Given
        await using IBrowserContext context = await site.NewPhoneAsync();
        var capture = new CapturePage(await context.NewPageAsync());
        IPage page = capture.Page;
        await capture.OpenAsync("es/capture/index.html");
        await capture.ChooseAsync("Ana", "movistar", "movistar-1004");

        // When: dialled, nobody answers
        await capture.TapAsync("dialed");
        await capture.TapAsync("ended");

        // Then
        Assert.True(await page.IsCheckedAsync("input[name=outcome][value=busy_no_answer]"));
        await page.ClickAsync("#save-call");
        Assert.Equal("1 registro en este dispositivo.", await page.TextContentAsync("#entries-count"));

        // When: connected, then hung up a second later claiming the protocol's wait
        await capture.TapAsync("dialed");
        await capture.TapAsync("connected");
        await capture.TapAsync("ended");
        Assert.False(await page.IsCheckedAsync("input[name=outcome][value=hung_up_after_wait]"), "not preset before the wait");
        await page.CheckAsync("input[name=outcome][value=hung_up_after_wait]");

        // Then: the breach is said in words, and what was chosen survives a reload
        Assert.Contains("incumplimiento del protocolo", await page.TextContentAsync("#outcome-warning"));
        await page.CheckAsync("input[name=tracking][value=no]");
        await capture.ReloadAsync();
        Assert.True(await page.IsCheckedAsync("input[name=outcome][value=hung_up_after_wait]"));
        Assert.True(await page.IsCheckedAsync("input[name=tracking][value=no]"));
        Assert.Contains("incumplimiento del protocolo", await page.TextContentAsync("#outcome-warning"));

        // Then: a person outcome without the tap is refused
        await page.CheckAsync("input[name=outcome][value=reached_person]");
        await page.ClickAsync("#save-call");
        Assert.Contains("necesita el toque", await page.TextContentAsync("#call-error"));
        Assert.Equal("1 registro en este dispositivo.", await page.TextContentAsync("#entries-count"));
    }
}
