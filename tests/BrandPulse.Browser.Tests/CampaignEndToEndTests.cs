using System.Globalization;
using System.Text.RegularExpressions;
using BrandPulse.Browser.Tests.Infrastructure;
using BrandPulse.Generator;
using BrandPulse.Generator.Cli;
using BrandPulse.Testing;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

/// <summary>
/// Issue 14, "Done when", end to end: on the built demo site, a volunteer's Spanish session at 390 px ends in an export;
/// the collector imports it into a copy of the demo database, the site is built again, and the brand page and the
/// campaign page show the new attempts.
/// </summary>
[Collection(CampaignDemoSiteCollection.Name)]
public sealed partial class CampaignEndToEndTests(CampaignDemoSite site)
{
    private const string Campaign = "demo-diciembre-2026";

    [Fact]
    public async Task A_volunteers_export_from_the_built_site_is_imported_built_and_counted_on_the_brand_and_campaign_pages()
    {
        // Given: the built demo site's capture page on a 390 px phone in Spanish, Madrid time, a clock stopped inside the campaign
        await using IBrowserContext context = await site.NewPhoneAsync();
        await context.Clock.InstallAsync(new() { TimeString = "2026-12-10T09:13:00+01:00" });
        await context.Clock.PauseAtAsync("2026-12-10T09:14:03+01:00");
        var capture = new CapturePage(await context.NewPageAsync());
        IPage page = capture.Page;
        await capture.OpenAsync("es/capture/index.html");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(CaptureSite.PhoneWidth, await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
        await capture.ChooseAsync("Lucía", "o2", "o2-phone");

        // When: she times a call with a menu, a request for a person and a person answering
        await capture.TapAsync("dialed");
        await context.Clock.FastForwardAsync("00:12");
        await capture.TapAsync("connected");
        await context.Clock.FastForwardAsync("00:45");
        await capture.TapAsync("asked");
        await context.Clock.FastForwardAsync("01:50");
        await capture.TapAsync("person");
        await context.Clock.FastForwardAsync("03:05");
        await capture.TapAsync("ended");
        Assert.True(await page.IsCheckedAsync("input[name=outcome][value=reached_person]"));
        await page.CheckAsync("input[name=menu][value=yes]");
        await page.SelectOptionAsync("#language-asked", "es");
        await page.SelectOptionAsync("#language-served", "es");
        await page.CheckAsync("input[name=tracking][value=no]");
        await page.ClickAsync("#save-call");

        // and logs an e-mail complaint
        await page.SelectOptionAsync("#contact", "o2-email");
        await page.ClickAsync("#save-written");
        Assert.Equal("2 registros en este dispositivo.", await page.TextContentAsync("#entries-count"));

        // and, offline, reloads the page and adds the answer that came the next day
        Assert.True(await page.EvaluateAsync<bool>("async () => !!(await navigator.serviceWorker.ready).active"));
        await context.SetOfflineAsync(true);
        await capture.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("!!navigator.serviceWorker.controller"), "the service worker answered the reload");
        await page.Locator("#entry-list li", new() { HasText = "Correo electrónico" }).Locator("button.edit").ClickAsync();
        string sent = await page.InputValueAsync("#edit-sent-at");
        await page.FillAsync("#edit-first-at", DateTime.ParseExact(sent, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            .AddHours(20).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#edit-first-kind", "substantive");
        await page.SelectOptionAsync("#edit-answer-language", "es");
        await page.ClickAsync("#save-edit");

        // and exports
        using var work = new TempDir();
        string export = work.File("export.csv");
        await capture.ExportAsync(export);
        await context.SetOfflineAsync(false);

        // When: the collector imports the export into a copy of the demo database, and the site is built from it
        string db = work.File("bp.db");
        foreach (string file in Directory.EnumerateFiles(Path.GetDirectoryName(site.Site.DatabasePath)!, "bp.db*"))
        {
            File.Copy(file, work.File(Path.GetFileName(file)));
        }

        (int exit, string output, string error) = Collect.Capture("import", "field", export, "--db", db);
        Assert.True(exit == 0, $"import exited {exit}:\n{error}\n{output}");
        await SiteBuild.RunAsync(new BuildOptions(db, work.File("site"), RepoRoot.Combine("site")));
        await using StaticSiteHost after = await StaticSiteHost.StartAsync(work.File("site"));

        // Then: O2's page counts one more call and one more e-mail, and names the campaign with one more volunteer on each
        BrandCounts was = await BrandCountsAsync(context, site.Site.Url("brands/o2/index.html"));
        BrandCounts now = await BrandCountsAsync(context, new Uri(after.BaseUri, "brands/o2/index.html"));
        Assert.Equal((was.Phone + 1, was.Email + 1), (now.Phone, now.Email));
        Assert.Equal((was.FieldPhone.Attempts + 1, was.FieldPhone.Volunteers + 1), now.FieldPhone);
        Assert.Equal((was.FieldEmail.Attempts + 1, was.FieldEmail.Volunteers + 1), now.FieldEmail);

        // and the campaign's page counts the two attempts and the new volunteer
        (int Attempts, int Volunteers) before = await CampaignCountsAsync(context, site.Site.Url($"campaigns/{Campaign}/index.html"));
        (int Attempts, int Volunteers) later = await CampaignCountsAsync(context, new Uri(after.BaseUri, $"campaigns/{Campaign}/index.html"));
        Assert.Equal((before.Attempts + 2, before.Volunteers + 1), later);
    }

    private sealed record BrandCounts(int Phone, int Email, (int Attempts, int Volunteers) FieldPhone, (int Attempts, int Volunteers) FieldEmail);

    private static async Task<BrandCounts> BrandCountsAsync(IBrowserContext context, Uri url)
    {
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        string phone = (await page.Locator("table.figures tr[data-channel=phone] td.num").First.TextContentAsync())!;
        string email = (await page.Locator("table.figures tr[data-channel=email] td.num").First.TextContentAsync())!;
        string source = (await page.Locator($"#field-campaigns p.field-source[data-campaign={Campaign}]").TextContentAsync())!;
        var counts = new BrandCounts(Whole(phone), Whole(email), Field(source, "Phone"), Field(source, "Email"));
        await page.CloseAsync();
        return counts;
    }

    private static async Task<(int, int)> CampaignCountsAsync(IBrowserContext context, Uri url)
    {
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        Match m = Contributed().Match(Squash((await page.TextContentAsync("p.lede"))!));
        await page.CloseAsync();
        Assert.True(m.Success, "the campaign page says what was contributed");
        return (int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>"Phone: 15 attempts by 5 volunteers" in the brand page's field source line.</summary>
    private static (int, int) Field(string text, string channel)
    {
        Match m = Regex.Match(Squash(text), channel + @": (\d+) attempts? by (\d+) volunteers?");
        Assert.True(m.Success, $"no {channel} count in: {text}");
        return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private static int Whole(string cell) => int.Parse(cell.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static string Squash(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [GeneratedRegex(@"([\d,]+) attempts? by (\d+) volunteers? so far")]
    private static partial Regex Contributed();
}
