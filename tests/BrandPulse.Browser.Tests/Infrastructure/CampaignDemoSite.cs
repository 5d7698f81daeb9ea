using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>
/// Once per test run: the demo site exactly as <c>./brandpulse demo</c> builds it, its illustrative field campaign
/// included (so the capture page offers it), served on a free 127.0.0.1 port, and one headless Chromium.
/// </summary>
public sealed class CampaignDemoSite : IAsyncLifetime
{
    private ServedSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ServedSite Site => _site ?? throw new InvalidOperationException("the site is not built yet");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started yet");

    public async Task InitializeAsync()
    {
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
            _site = await ServedSite.BuildAsync(db =>
            {
                DemoData.ImportInto(db);
                DemoData.ImportCampaignInto(db);
            });
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh phone of <paramref name="width"/> px: its own storage, service workers and downloads, on Madrid time, in Spanish.</summary>
    public async Task<IBrowserContext> NewPhoneAsync(int width = CaptureSite.PhoneWidth)
    {
        IBrowserContext context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 800 },
            IsMobile = true,
            HasTouch = true,
            Locale = "es-ES",
            TimezoneId = "Europe/Madrid",
            AcceptDownloads = true,
            BaseURL = Site.BaseUri.ToString(),
        });
        context.SetDefaultTimeout(BuiltSite.DefaultTimeoutMs);
        context.SetDefaultNavigationTimeout(BuiltSite.DefaultTimeoutMs);
        return context;
    }

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
