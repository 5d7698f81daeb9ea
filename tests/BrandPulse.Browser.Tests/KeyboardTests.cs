using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class KeyboardTests(BuiltSite site)
{
    [Fact]
    public async Task The_first_tab_focuses_the_skip_link_and_enter_moves_focus_to_main()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("index.html");

        // When
        await page.Keyboard.PressAsync("Tab");

        // Then: the skip link has focus and is on screen
        ILocator skip = page.Locator("a.skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("a => a === document.activeElement"), "the first Tab did not focus the skip link");
        LocatorBoundingBoxResult? box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, $"the focused skip link is off screen at {box?.X},{box?.Y}");

        // When
        await page.Keyboard.PressAsync("Enter");

        // Then: the jump to #main is a same-document navigation that lands after the key press returns
        await page.WaitForFunctionAsync("() => location.hash === '#main'", null, new() { Timeout = 5000 });
        Assert.EndsWith("#main", page.Url);
        string focused = await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 60)");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement === document.getElementById('main')"),
            $"after Enter on the skip link focus is on {focused}, not <main id=main> (which needs tabindex=-1 to take focus)");
    }

    [Fact]
    public async Task After_the_skip_link_the_next_tab_lands_inside_main()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("index.html");

        // When
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.hash === '#main'", null, new() { Timeout = 5000 });
        await page.Keyboard.PressAsync("Tab");

        // Then
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('main').contains(document.activeElement)"),
            "Tab after the skip link went to " + await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 80)"));
    }
}
