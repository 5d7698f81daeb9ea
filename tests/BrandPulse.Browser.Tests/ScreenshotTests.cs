using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BrandPulse.Browser.Tests;

/// <summary>Pictures of the site for people to look at (never compared byte for byte: pixels depend on fonts).</summary>
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
    public async Task Saves_a_full_page_screenshot(string path, string name, int width)
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
        var info = new FileInfo(file);
        Assert.True(info.Exists, $"{file} was not written");
        Assert.True(info.Length > 20_000, $"{file} is only {info.Length} bytes");
        Assert.Equal(PngSignature, File.ReadAllBytes(file)[..PngSignature.Length]);
    }
}
