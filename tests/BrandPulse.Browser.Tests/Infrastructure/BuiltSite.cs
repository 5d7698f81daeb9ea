using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>
/// Once per test run: the demo site built from the committed data (in-process, like <c>./brandpulse demo</c>),
/// served on a free 127.0.0.1 port, and one headless Chromium to look at it with.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    public const int DesktopWidth = 1280;
    public const int PhoneWidth = 360;

    private ServedSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ServedSite Site => _site ?? throw new InvalidOperationException("the site is not built yet");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started yet");

    public Uri Url(string relative) => Site.Url(relative);

    public async Task InitializeAsync()
    {
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
            _site = await ServedSite.BuildAsync(DemoData.ImportInto);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh browser context (own cookies, cache, viewport); dispose it when done.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = DesktopWidth, bool javaScript = true)
    {
        IBrowserContext context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = width == PhoneWidth ? 740 : 900 },
            JavaScriptEnabled = javaScript,
            BaseURL = Site.BaseUri.ToString(),
        });
        context.SetDefaultTimeout(DefaultTimeoutMs);
        context.SetDefaultNavigationTimeout(DefaultTimeoutMs);
        return context;
    }

    /// <summary>Generous: on a loaded 2-core CI machine a page can take seconds; assertions, not the clock, decide.</summary>
    public const int DefaultTimeoutMs = 90_000;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_site is not null)
        {
            await _site.DisposeAsync();
            _site = null;
        }
    }
}
