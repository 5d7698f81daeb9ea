using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BrandPulse.Browser.Tests;

/// <summary>
/// Pictures of the site for people to look at (never compared byte for byte: pixels depend on fonts). What each must
/// show is asserted: the whole page fits the screen's width (a full-page picture wider than the window means sideways
/// scrolling) and the page's title is on the first screen.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ScreenshotTests(BuiltSite site, ITestOutputHelper output)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly string Folder = Path.Combine(RepoRoot.Path, "tests", "BrandPulse.Browser.Tests", "bin", "screenshots");

    [Theory]
    [InlineData("index.html", "home", BuiltSite.DesktopWidth)]
    [InlineData("index.html", "home", BuiltSite.PhoneWidth)]
    [InlineData("brands/apple/index.html", "brand-apple", BuiltSite.DesktopWidth)]
    [InlineData("brands/apple/index.html", "brand-apple", BuiltSite.PhoneWidth)]
    [InlineData("ley-10-2025/index.html", "ley-10-2025", BuiltSite.DesktopWidth)]
    [InlineData("ley-10-2025/index.html", "ley-10-2025", BuiltSite.PhoneWidth)]
    public async Task A_full_page_screenshot_is_as_wide_as_the_screen_with_the_title_on_the_first_screen(string path, string name, int width)
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync(width);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(path);
        string file = Path.Combine(Folder, $"{name}-{width}.png");

        // When
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });

        // Then
        output.WriteLine($"screenshot: {file}");
        byte[] png = File.ReadAllBytes(file);
        Assert.Equal(PngSignature, png[..PngSignature.Length]);
        int pictureWidth = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)); // IHDR width
        int pictureHeight = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        Assert.Equal(width, pictureWidth);
        Assert.True(pictureHeight > 300, $"{file} is only {pictureHeight} px tall: the page did not render");
        LocatorBoundingBoxResult? title = await page.Locator("h1").First.BoundingBoxAsync();
        Assert.NotNull(title);
        Assert.True(title.Y + title.Height <= page.ViewportSize!.Height, $"the title ends at {title.Y + title.Height} px, below the first screen");
    }
}
