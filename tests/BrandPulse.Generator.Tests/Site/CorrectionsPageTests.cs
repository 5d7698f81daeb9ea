using AngleSharp.Html.Parser;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.Tests.SiteFiles;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>Issue 15 point 8: the corrections page says what to send, where, and how soon an answer comes, from settings.</summary>
[Collection(nameof(BuiltSites))]
public sealed class CorrectionsPageTests(BuiltSites sites)
{
    [Theory]
    [InlineData(SiteLanguage.English, "BP-XXXX-XXXX-XXXX", "within 3 working days")]
    [InlineData(SiteLanguage.Spanish, "BP-XXXX-XXXX-XXXX", "en 3 días hábiles")]
    [InlineData(SiteLanguage.English, "reference code", "within 1 working day:")]
    public async Task The_page_asks_for_the_reference_code_and_gives_the_address_and_time_of_the_settings(SiteLanguage language, string send, string time)
    {
        // Given settings other than the committed ones
        int days = time.Contains(" 1 ", StringComparison.Ordinal) ? 1 : 3;
        SiteContext context = SiteFilesTests.Context().In(language) with
        {
            SettingsRead = new SiteSettings(new CorrectionsSettings("fixes@other.example", days)),
        };
        await using var renderer = new PageRenderer();

        // When the corrections page is rendered
        string html = await renderer.RenderAsync<CorrectionsPage>(new Dictionary<string, object?>
        {
            ["Model"] = sites.HostileModel,
            ["Context"] = context,
            ["Corrections"] = Array.Empty<Correction>(),
        });

        // Then it says what to send, to that address, and within that time; the committed address appears nowhere
        var doc = new HtmlParser().ParseDocument(html);
        string ask = doc.QuerySelector("section[aria-labelledby=h-ask]")!.TextContent;
        Assert.Contains(send, ask, StringComparison.Ordinal);
        Assert.Contains(time, ask, StringComparison.Ordinal);
        Assert.Equal("mailto:fixes@other.example", doc.QuerySelector("section[aria-labelledby=h-ask] a[href^=mailto]")!.GetAttribute("href"));
        Assert.DoesNotContain("editors@brandpulse.example.org", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_site_takes_its_address_and_time_from_site_content_settings_json()
    {
        CorrectionsSettings committed = SiteSettings.Read(Testing.RepoPaths.Site).Corrections;

        foreach (string page in new[] { "corrections/index.html", "es/corrections/index.html" })
        {
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sites.Demo, page)));
            string ask = doc.QuerySelector("section[aria-labelledby=h-ask]")!.TextContent;
            Assert.Equal("mailto:" + committed.Email, doc.QuerySelector("section[aria-labelledby=h-ask] a[href^=mailto]")!.GetAttribute("href"));
            Assert.Contains(" " + committed.AnswerWithinWorkingDays + " ", ask, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("{}", "corrections: missing")]
    [InlineData("""{"corrections": {"email": "nobody", "answer_within_working_days": 10}}""", "corrections.email: 'nobody' is not an e-mail address")]
    [InlineData("""{"corrections": {"email": "a@b.example", "answer_within_working_days": "ten"}}""", "corrections.answer_within_working_days: must be a whole number")]
    [InlineData("""{"corrections": {"email": "a@b.example", "answer_within_working_days": 0}}""", "corrections.answer_within_working_days: must be a whole number")]
    [InlineData("""{"corrections": """, "settings.json: line 1: not valid JSON")]
    public void Bad_settings_are_an_error_naming_the_file_and_field(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => SiteSettings.Parse(json, "site/content/settings.json"));

        Assert.StartsWith("site/content/settings.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
