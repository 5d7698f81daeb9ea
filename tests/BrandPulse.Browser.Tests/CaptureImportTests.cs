using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(CaptureSiteCollection.Name)]
public sealed class CaptureImportTests(CaptureSite site)
{
    [Fact]
    public async Task Importing_an_export_on_a_new_phone_restores_its_entries_and_the_newest_version_wins()
    {
        // Given: an old phone with a call and an e-mail complaint, exported
        string dir = Directory.CreateTempSubdirectory("brandpulse-capture-import-").FullName;
        try
        {
            string first = Path.Combine(dir, "old-phone.csv");
            await using (IBrowserContext old = await site.NewPhoneAsync())
            {
                var capture = new CapturePage(await old.NewPageAsync());
                await capture.OpenAsync("es/capture/index.html");
                await capture.ChooseAsync("Ana, \"la de Vallecas\"", "movistar", "movistar-1004");
                await capture.TapAsync("dialed");
                await capture.TapAsync("ended");
                await capture.Page.ClickAsync("#save-call");
                await capture.Page.SelectOptionAsync("#contact", "movistar-email");
                await capture.Page.ClickAsync("#save-written");
                await capture.ExportAsync(first);
            }

            // When: a new phone imports it
            await using IBrowserContext fresh = await site.NewPhoneAsync();
            var phone = new CapturePage(await fresh.NewPageAsync());
            IPage page = phone.Page;
            await phone.OpenAsync("es/capture/index.html");
            Assert.Equal("Aún no tienes registros.", await page.TextContentAsync("#entries-count"));
            await phone.ImportAsync(first);

            // Then: the same rows come back out, and the volunteer keeps their name and device id
            Assert.Contains("2 nuevos, 0 actualizados", await page.TextContentAsync("#import-status"));
            string second = Path.Combine(dir, "new-phone.csv");
            await phone.ExportAsync(second);
            CsvTable before = CsvTable.Parse(await File.ReadAllBytesAsync(first), first);
            CsvTable after = CsvTable.Parse(await File.ReadAllBytesAsync(second), second);
            Assert.Equal(2, before.Rows.Count);
            Assert.Equal(before.Rows.Select(Line).Order(StringComparer.Ordinal), after.Rows.Select(Line).Order(StringComparer.Ordinal));
            Assert.Equal("Ana, \"la de Vallecas\"", await page.InputValueAsync("#volunteer"));
            Assert.Equal(before.Rows[0]["device_id"], await page.TextContentAsync("#device-id"));

            // When: the complaint's answer is added on the new phone, then the old export is imported again
            await page.Locator("#entry-list li", new() { HasText = "Correo electrónico" }).Locator("button.edit").ClickAsync();
            await page.FillAsync("#edit-first-at", (await page.InputValueAsync("#edit-sent-at"))[..11] + "23:59:59");
            await page.SelectOptionAsync("#edit-first-kind", "automatic");
            await page.ClickAsync("#save-edit");
            await phone.ImportAsync(first);

            // Then: nothing is duplicated and the newer answer stays
            Assert.Contains("0 nuevos, 0 actualizados, 2 ya estaban al día", await page.TextContentAsync("#import-status"));
            Assert.Equal(2, await page.Locator("#entry-list li").CountAsync());
            string third = Path.Combine(dir, "again.csv");
            await phone.ExportAsync(third);
            CsvTable last = CsvTable.Parse(await File.ReadAllBytesAsync(third), third);
            Assert.Equal("automatic", Assert.Single(last.Rows, r => r["channel"] == "email")["first_answer_kind"]);
            Assert.Equal("", Assert.Single(last.Rows, r => r["channel"] == "email")["real_answer_at"]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_an_export_is_refused_and_a_bad_row_is_named_by_line_and_field()
    {
        // Given
        string dir = Directory.CreateTempSubdirectory("brandpulse-capture-import-").FullName;
        try
        {
            string header = string.Join(',', CapturePage.ExportColumns);
            string good = "11111111-1111-4111-8111-111111111111,demo-diciembre-2026,movistar,movistar-email,email,Ana,d1,,,,,,,,es,,,"
                + "2026-12-10T09:14:03+01:00,,,,,2026-12-10T09:15:00+01:00";
            string badTime = "22222222-2222-4222-8222-222222222222,demo-diciembre-2026,movistar,movistar-email,email,Ana,d1,,,,,,,,es,,,"
                + "2026-12-10 09:14,,,,,2026-12-10T09:15:00+01:00";
            File.WriteAllText(Path.Combine(dir, "notes.csv"), "name,notes\nAna,hola\n");
            File.WriteAllText(Path.Combine(dir, "mixed.csv"), $"{header}\r\n{good}\r\n{badTime}\r\n");
            await using IBrowserContext context = await site.NewPhoneAsync();
            var capture = new CapturePage(await context.NewPageAsync());
            await capture.OpenAsync("es/capture/index.html");

            // When
            await capture.ImportAsync(Path.Combine(dir, "notes.csv"));
            string refused = await capture.Page.TextContentAsync("#import-status") ?? "";
            await capture.ImportAsync(Path.Combine(dir, "mixed.csv"));
            string mixed = await capture.Page.TextContentAsync("#import-status") ?? "";

            // Then
            Assert.Contains("notes.csv no es una exportación", refused);
            Assert.Contains("1 nuevos", mixed);
            Assert.Contains("línea 3, sent_at: no es una hora con su desfase UTC", mixed);
            Assert.Equal("1 registro en este dispositivo.", await capture.Page.TextContentAsync("#entries-count"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Line(IReadOnlyDictionary<string, string> row) => string.Join('|', CapturePage.ExportColumns.Select(c => row[c]));
}
