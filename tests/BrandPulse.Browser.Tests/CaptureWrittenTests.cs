using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(CaptureSiteCollection.Name)]
public sealed class CaptureWrittenTests(CaptureSite site)
{
    [Fact]
    public async Task An_acknowledgement_then_a_real_answer_keep_both_times_and_an_answer_before_sending_is_refused()
    {
        // Given: an e-mail sent on 10 December at 09:30, typed in by hand (Chromium drops ":00" seconds from the value)
        await using IBrowserContext context = await site.NewPhoneAsync(locale: "en-GB");
        await context.Clock.InstallAsync(new() { TimeString = "2026-12-12T18:00:00+01:00" });
        var capture = new CapturePage(await context.NewPageAsync());
        IPage page = capture.Page;
        await capture.OpenAsync("capture/index.html");
        await capture.ChooseAsync("Sam", "movistar", "movistar-email");
        await page.FillAsync("#sent-at", "2026-12-10T09:30");
        await page.SelectOptionAsync("#written-language", "eu");
        await page.ClickAsync("#save-written");
        await capture.EntryEditButtons.First.ClickAsync();

        // When: an answer dated before the complaint
        await page.FillAsync("#edit-first-at", "2026-12-09T10:00");
        await page.SelectOptionAsync("#edit-first-kind", "automatic");
        await page.ClickAsync("#save-edit");

        // Then
        Assert.Equal("An answer cannot come before the complaint was sent.", await page.TextContentAsync("#edit-error"));

        // When: an automatic acknowledgement a minute after sending, then the real answer two days later
        await page.FillAsync("#edit-first-at", "2026-12-10T09:31");
        await page.ClickAsync("#save-edit");
        Assert.Contains("automatic acknowledgement", await page.TextContentAsync("#entry-list"));
        await capture.EntryEditButtons.First.ClickAsync();
        await page.FillAsync("#edit-real-at", "2026-12-12T17:45");
        await page.SelectOptionAsync("#edit-answer-language", "es");
        await page.ClickAsync("#save-edit");
        string file = Path.Combine(Directory.CreateTempSubdirectory("brandpulse-capture-written-").FullName, "export.csv");
        await capture.ExportAsync(file);

        // Then: the first answer stays the acknowledgement; the real answer has its own time
        IReadOnlyDictionary<string, string> row = Assert.Single(CsvTable.Parse(await File.ReadAllBytesAsync(file), file).Rows);
        Assert.Equal(("email", "2026-12-10T09:30:00+01:00", "2026-12-10T09:31:00+01:00", "automatic", "2026-12-12T17:45:00+01:00", "es", "eu"),
            (row["channel"], row["sent_at"], row["first_answer_at"], row["first_answer_kind"], row["real_answer_at"], row["answer_language"],
                row["language_asked"]));
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
