using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>What a volunteer does on the capture page, by element id (the same in both languages).</summary>
public sealed class CapturePage(IPage page)
{
    /// <summary>The columns of the contract's "Field export CSV", in order.</summary>
    public static readonly string[] ExportColumns =
    [
        "attempt_id", "campaign", "brand", "contact", "channel", "volunteer", "device_id", "dialed_at", "connected_at",
        "asked_person_at", "person_at", "ended_at", "outcome", "menu_offered_person", "language_asked", "language_served",
        "tracking_code", "sent_at", "first_answer_at", "first_answer_kind", "real_answer_at", "answer_language", "updated_at",
    ];

    /// <summary>Where the Spanish session test leaves its export, for a later import-and-build test to pick up.</summary>
    public static string SessionExportPath { get; } = Path.Combine(Path.GetTempPath(), "brandpulse-capture", "volunteer-session-es.csv");

    public IPage Page => page;

    /// <summary>Opens the page ("es/capture/index.html" or "capture/index.html") and waits until its script is ready.</summary>
    public async Task OpenAsync(string path)
    {
        await page.GotoAsync(path);
        await ReadyAsync();
    }

    public async Task ReloadAsync()
    {
        await page.ReloadAsync();
        await ReadyAsync();
    }

    private Task ReadyAsync() => page.Locator("html[data-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public async Task ChooseAsync(string volunteer, string brand, string contact)
    {
        await page.FillAsync("#volunteer", volunteer);
        await page.SelectOptionAsync("#campaign", CaptureSite.CampaignSlug);
        await page.SelectOptionAsync("#brand", brand);
        await page.SelectOptionAsync("#contact", contact);
    }

    /// <summary>Taps a phase button (dialed, connected, asked, person, ended).</summary>
    public Task TapAsync(string phase) => page.ClickAsync($"#tap-{phase}");

    public ILocator EntryEditButtons => page.Locator("#entry-list li button.edit");

    /// <summary>Clicks export, saves the download at <paramref name="path"/> and returns its suggested name.</summary>
    public async Task<string> ExportAsync(string path)
    {
        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await download.SaveAsAsync(path);
        return download.SuggestedFilename;
    }

    public async Task ImportAsync(string path)
    {
        string before = await page.GetAttributeAsync("#import-status", "data-imports") ?? "0";
        await page.SetInputFilesAsync("#import", path);
        await page.WaitForFunctionAsync("n => document.getElementById('import-status').getAttribute('data-imports') !== n", before);
    }
}
