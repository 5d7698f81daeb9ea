using AngleSharp.Html.Parser;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Testing;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Generator.Tests;

public sealed class BankPhoneSiteTests
{
    [Fact]
    public async Task The_bank_in_the_call_centre_log_gets_a_phone_channel_on_its_page_and_in_the_rankings()
    {
        // Given the real call-centre log (read from ../shared/data, never copied) imported for one bank
        using var tmp = new TempDir();
        string db = tmp.File("bp.db");
        using (SqliteConnection c = Database.OpenForWrite(db))
        {
            ParsedInput calls = CallCenterParser.Parse(RepoPaths.Shared("anonymous_bank_callcenter_1999_02.txt"), "Anonymous Bank",
                TimeZoneInfo.FindSystemTimeZoneById("Asia/Jerusalem"));
            new ImportSession(c).Write(calls);
        }

        // When the site is built
        await SiteBuild.RunAsync(new BuildOptions(db, tmp.File("site"), RepoPaths.Site));

        // Then the bank's page shows phone figures, the 3-minute share against the legal standard, and a chart
        var page = new HtmlParser().ParseDocument(File.ReadAllText(tmp.File("site/brands/anonymous-bank/index.html")));
        var phoneRow = page.QuerySelector("table.figures tr[data-channel=phone]");
        Assert.NotNull(phoneRow);
        Assert.Contains("31,052", phoneRow!.TextContent);
        Assert.Contains("Ley 10/2025", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("figure.chart img[src='wait.svg']"));
        Assert.True(File.Exists(tmp.File("site/brands/anonymous-bank/wait.svg")));

        // and the home page ranks it on the phone channel
        var home = new HtmlParser().ParseDocument(File.ReadAllText(tmp.File("site/index.html")));
        var phone = home.QuerySelector("table.ranking-table[data-channel=phone]");
        Assert.Contains("Anonymous Bank", phone!.TextContent);
    }
}
