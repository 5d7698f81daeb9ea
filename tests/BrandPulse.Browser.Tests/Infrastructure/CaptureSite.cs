using BrandPulse.Generator.Cli;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>
/// Once per test run: the capture page as the built site publishes it (everything under <c>site/capture/</c> at the
/// root, plus a <c>capture/campaigns.json</c> fixture and the site's favicon), served on a free 127.0.0.1 port,
/// and one headless Chromium. No site build: the page is static and only needs the campaign list.
/// </summary>
public sealed class CaptureSite : IAsyncLifetime
{
    /// <summary>The width the issue names for the volunteer's phone session.</summary>
    public const int PhoneWidth = 390;

    /// <summary>The narrowest phone the page must fit without sideways scrolling.</summary>
    public const int NarrowPhoneWidth = 360;

    /// <summary>The campaign of the fixture (contract "Campaign file"), with one phone and one e-mail contact.</summary>
    public const string CampaignSlug = "demo-diciembre-2026";

    public const string CampaignsJson = """
        {"campaigns":[{
          "slug": "demo-diciembre-2026",
          "name": "Demo: llamadas y reclamaciones de diciembre de 2026",
          "illustrative": true,
          "starts": "2026-12-01",
          "ends": "2026-12-31",
          "region": "ES-MD",
          "time_zone": "Europe/Madrid",
          "protocol": { "min_wait_seconds": 180, "max_wait_seconds": 900, "attempts_per_contact": 3,
                        "call_windows": ["09:00-11:00", "16:00-18:00"], "written_observation_days": 40 },
          "brands": [
            { "brand": "movistar", "contacts": [
                { "id": "movistar-1004", "channel": "phone", "address": "1004", "label": "Atención al cliente" },
                { "id": "movistar-email", "channel": "email", "address": "atencion@example.com", "label": "Correo" } ] },
            { "brand": "iberdrola", "contacts": [
                { "id": "iberdrola-900", "channel": "phone", "address": "900 225 235", "label": "Clientes" } ] }
          ]
        }]}
        """;

    private string? _root;
    private StaticSiteHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUri => _host?.BaseUri ?? throw new InvalidOperationException("the capture page is not served yet");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started yet");

    public async Task InitializeAsync()
    {
        try
        {
            _root = Directory.CreateTempSubdirectory("brandpulse-capture-").FullName;
            CopyTree(RepoRoot.Combine("site", "capture"), _root);
            File.WriteAllText(Path.Combine(_root, "capture", "campaigns.json"), CampaignsJson);
            Directory.CreateDirectory(Path.Combine(_root, "assets"));
            File.Copy(RepoRoot.Combine("site", "theme", "favicon.svg"), Path.Combine(_root, "assets", "favicon.svg"));
            _host = await StaticSiteHost.StartAsync(_root);
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh phone: its own storage, service workers and downloads, on Madrid time.</summary>
    public async Task<IBrowserContext> NewPhoneAsync(int width = PhoneWidth, string locale = "es-ES")
    {
        IBrowserContext context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 800 },
            IsMobile = true,
            HasTouch = true,
            Locale = locale,
            TimezoneId = "Europe/Madrid",
            AcceptDownloads = true,
            BaseURL = BaseUri.ToString(),
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
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }

        if (_root is not null)
        {
            Directory.Delete(_root, recursive: true);
            _root = null;
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
