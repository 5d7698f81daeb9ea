using System.Globalization;
using System.Text.RegularExpressions;
using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>Issue 14, "Done when": a volunteer's session in Spanish on a 390 px phone, ending in an export.</summary>
[Collection(CaptureSiteCollection.Name)]
public sealed partial class CaptureSessionTests(CaptureSite site)
{
    private const string CallNote = "nota privada: me atendió Laura";
    private const string MailNote = "nota privada: pedí la factura de noviembre";

    [Fact]
    public async Task A_volunteer_times_a_call_logs_an_email_answers_it_offline_and_exports_the_contract_csv()
    {
        // Given: a phone at 390 px on Madrid time, the Spanish page, a clock stopped inside the campaign (it moves only
        // when the test says, so the export is the same on every run but for its random ids and updated_at)
        await using IBrowserContext context = await site.NewPhoneAsync();
        await context.Clock.InstallAsync(new() { TimeString = "2026-12-10T09:13:00+01:00" });
        await context.Clock.PauseAtAsync("2026-12-10T09:14:03+01:00");
        var capture = new CapturePage(await context.NewPageAsync());
        IPage page = capture.Page;
        await capture.OpenAsync("es/capture/index.html");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Registra llamadas y reclamaciones", (await page.TextContentAsync("h1"))?.Trim());
        await capture.ChooseAsync("Ana", "movistar", "movistar-1004");
        Assert.True(await page.IsVisibleAsync("#call"), "a phone contact shows the call timer");
        Assert.False(await page.IsVisibleAsync("#written"), "a phone contact hides the written complaint form");

        // When: a call with a menu, a request for a person and a person answering
        await capture.TapAsync("dialed");
        await context.Clock.FastForwardAsync("00:14");
        Assert.Equal("0:14", await page.TextContentAsync("#clock"));
        await capture.TapAsync("connected");
        await context.Clock.FastForwardAsync("00:40");
        Assert.Equal("Espera mínima 3 min: faltan 2:20", await page.TextContentAsync("#countdown"));
        await capture.TapAsync("asked");
        await context.Clock.FastForwardAsync("01:35");
        await capture.TapAsync("person");
        Assert.Equal("", (await page.TextContentAsync("#countdown"))?.Trim());
        await context.Clock.FastForwardAsync("04:10");
        await capture.TapAsync("ended");
        Assert.Equal("6:39", await page.TextContentAsync("#clock"));
        Assert.True(await page.IsVisibleAsync("#call-result"), "ending the call asks how it went");
        Assert.True(await page.IsCheckedAsync("input[name=outcome][value=reached_person]"), "a person answered: the outcome is preset");
        await page.CheckAsync("input[name=menu][value=yes]");
        await page.SelectOptionAsync("#language-asked", "es");
        await page.SelectOptionAsync("#language-served", "ca");
        await page.CheckAsync("input[name=tracking][value=yes]");
        await page.FillAsync("#call-notes", CallNote);
        await page.ClickAsync("#save-call");
        Assert.Equal("1 registro en este dispositivo.", await page.TextContentAsync("#entries-count"));

        // When: an e-mail complaint sent now
        await page.SelectOptionAsync("#contact", "movistar-email");
        Assert.True(await page.IsVisibleAsync("#written"), "an e-mail contact shows the written complaint form");
        Assert.False(await page.IsVisibleAsync("#call"), "an e-mail contact hides the call timer");
        Assert.Matches(LocalInput(), await page.InputValueAsync("#sent-at"));
        await page.FillAsync("#written-notes", MailNote);
        await page.ClickAsync("#save-written");
        Assert.Equal("2 registros en este dispositivo.", await page.TextContentAsync("#entries-count"));

        // When: the phone goes offline and the page is reloaded, the answer is added
        Assert.True(await page.EvaluateAsync<bool>("async () => !!(await navigator.serviceWorker.ready).active"));
        await context.SetOfflineAsync(true);
        await capture.ReloadAsync();
        Assert.False(await page.EvaluateAsync<bool>("navigator.onLine"), "the reload happened offline");
        Assert.True(await page.EvaluateAsync<bool>("!!navigator.serviceWorker.controller"), "the service worker answered the reload");
        Assert.Equal("2 registros en este dispositivo.", await page.TextContentAsync("#entries-count"));
        Assert.Equal("movistar", await page.InputValueAsync("#brand"));
        await page.Locator("#entry-list li", new() { HasText = "Correo electrónico" }).Locator("button.edit").ClickAsync();
        string sent = await page.InputValueAsync("#edit-sent-at");
        string answered = DateTime.ParseExact(sent, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture).AddHours(26)
            .ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        await page.FillAsync("#edit-first-at", answered);
        await page.SelectOptionAsync("#edit-first-kind", "substantive");
        await page.SelectOptionAsync("#edit-answer-language", "es");
        await page.ClickAsync("#save-edit");
        Assert.Contains("respuesta real", await page.TextContentAsync("#entry-list"));

        // When: export
        string name = await capture.ExportAsync(CapturePage.SessionExportPath);

        // Then: the contract's header, one row per attempt, phases in order with the device's offset, no notes
        Assert.Matches(@"^brandpulse-demo-diciembre-2026-\d{4}-\d{2}-\d{2}\.csv$", name);
        byte[] body = await File.ReadAllBytesAsync(CapturePage.SessionExportPath);
        string raw = System.Text.Encoding.UTF8.GetString(body);
        Assert.DoesNotContain("nota privada", raw, StringComparison.Ordinal);
        Assert.StartsWith(string.Join(',', CapturePage.ExportColumns) + "\r\n", raw, StringComparison.Ordinal);
        CsvTable csv = CsvTable.Parse(body, name);
        Assert.Equal(CapturePage.ExportColumns, csv.Header);
        Assert.Equal(2, csv.Rows.Count);

        IReadOnlyDictionary<string, string> call = Assert.Single(csv.Rows, r => r["channel"] == "phone");
        Assert.Equal(("demo-diciembre-2026", "movistar", "movistar-1004", "Ana"),
            (call["campaign"], call["brand"], call["contact"], call["volunteer"]));
        Assert.Matches(Uuid(), call["attempt_id"]);
        Assert.Matches(Uuid(), call["device_id"]);
        Assert.Equal(["2026-12-10T09:14:03+01:00", "2026-12-10T09:14:17+01:00", "2026-12-10T09:14:57+01:00", "2026-12-10T09:16:32+01:00",
            "2026-12-10T09:20:42+01:00"], new[] { "dialed_at", "connected_at", "asked_person_at", "person_at", "ended_at" }.Select(c => call[c]));
        Assert.Equal(TimeSpan.FromSeconds(135), Time(call, "person_at") - Time(call, "connected_at"));
        Assert.Equal(("reached_person", "yes", "es", "ca", "yes"),
            (call["outcome"], call["menu_offered_person"], call["language_asked"], call["language_served"], call["tracking_code"]));
        Assert.All(new[] { "sent_at", "first_answer_at", "first_answer_kind", "real_answer_at", "answer_language" }, c => Assert.Equal("", call[c]));

        IReadOnlyDictionary<string, string> mail = Assert.Single(csv.Rows, r => r["channel"] == "email");
        Assert.Equal(("movistar-email", call["device_id"], "Ana"), (mail["contact"], mail["device_id"], mail["volunteer"]));
        Assert.NotEqual(call["attempt_id"], mail["attempt_id"]);
        Assert.Equal(("2026-12-10T09:20:42+01:00", "2026-12-11T11:20:42+01:00"), (mail["sent_at"], mail["first_answer_at"]));
        Assert.Equal(TimeSpan.FromHours(26), Time(mail, "first_answer_at") - Time(mail, "sent_at"));
        Assert.Equal(("substantive", "es", "es"), (mail["first_answer_kind"], mail["answer_language"], mail["language_asked"]));
        Assert.Equal(mail["first_answer_at"], mail["real_answer_at"]);
        Assert.True(Time(mail, "updated_at") >= Time(mail, "sent_at"));
        Assert.All(new[] { "dialed_at", "connected_at", "asked_person_at", "person_at", "ended_at", "outcome", "menu_offered_person",
            "language_served", "tracking_code" }, c => Assert.Equal("", mail[c]));
    }

    /// <summary>An ISO 8601 time with an explicit offset, and that offset is Madrid's at that instant (the phone's zone).</summary>
    private static DateTimeOffset Time(IReadOnlyDictionary<string, string> row, string column)
    {
        string cell = row[column];
        Assert.Matches(IsoWithOffset(), cell);
        DateTimeOffset time = DateTimeOffset.ParseExact(cell, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid").GetUtcOffset(time), time.Offset);
        return time;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex IsoWithOffset();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")]
    private static partial Regex LocalInput();
}
