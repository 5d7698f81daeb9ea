using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>
/// A site of <see cref="Brands"/> brands, more than one page of the brands index holds (200): brand n is "Brand 000"…
/// "Brand 259" (slug <c>brand-000</c>, support handle <c>@Brand000Care</c>), all in one industry, each with one answered
/// e-mail complaint. Built through the real collector and generator, served, with one headless Chromium.
/// </summary>
public sealed class LargeIndexSite : IAsyncLifetime
{
    public const int Brands = 260;

    private ServedSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ServedSite Site => _site ?? throw new InvalidOperationException("the site is not built yet");

    public static string Name(int n) => "Brand " + n.ToString("000", CultureInfo.InvariantCulture);

    public static string Slug(int n) => "brand-" + n.ToString("000", CultureInfo.InvariantCulture);

    public static string Handle(int n) => $"Brand{n.ToString("000", CultureInfo.InvariantCulture)}Care";

    public async Task InitializeAsync()
    {
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
            _site = await ServedSite.BuildAsync(db =>
            {
                string folder = Path.GetDirectoryName(db)!;
                var registry = new StringBuilder("slug,name,industry,accounts,law_scope\n");
                var log = new StringBuilder("ref,brand,channel,complained_at,answered_at,observed_until\n");
                for (int n = 0; n < Brands; n++)
                {
                    registry.Append(CultureInfo.InvariantCulture, $"{Slug(n)},{Name(n)},Retail,twitter:{Handle(n)},\n");
                    log.Append(CultureInfo.InvariantCulture, $"T-{n:000},{Name(n)},email,2026-11-02T10:00:00Z,2026-11-02T12:{n % 60:00}:00Z,\n");
                }

                File.WriteAllText(Path.Combine(folder, "brands.csv"), registry.ToString());
                File.WriteAllText(Path.Combine(folder, "log.csv"), log.ToString());
                Collect.Run("brands", "load", Path.Combine(folder, "brands.csv"), "--db", db);
                Collect.Run("import", "manual", Path.Combine(folder, "log.csv"), "--db", db);
            });
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh browser context of <paramref name="width"/> px; dispose it when done.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = BuiltSite.DesktopWidth)
    {
        if (_browser is null)
        {
            throw new InvalidOperationException("the browser is not started yet");
        }

        IBrowserContext context = await _browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 800 },
            BaseURL = Site.BaseUri.ToString(),
        });
        context.SetDefaultTimeout(BuiltSite.DefaultTimeoutMs);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
