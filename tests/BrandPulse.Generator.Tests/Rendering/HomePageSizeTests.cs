using System.Text;
using System.Text.RegularExpressions;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pages;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Rendering;

/// <summary>
/// Issue 15: pages stay under 100 KB at national scale. The home page lists each channel's best-ranked brands (chart
/// and table); the more channels are measured, the fewer brands each lists, so that it stays small.
/// </summary>
public sealed partial class HomePageSizeTests
{
    private const int MaxPageBytes = 100 * 1000;
    private static readonly SiteContext s_en = new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    [InlineData(8, true)]
    public async Task At_1000_brands_the_home_page_is_under_100_KB_however_many_channels_rank_them(int channels, bool spanish)
    {
        // Given: 1,000 brands ranked on each of the channels
        string[] measured = [.. new[] { Channels.Twitter, Channels.Phone, Channels.Email, Channels.Chat, Channels.Facebook, Channels.Instagram, Channels.Bluesky, Channels.Whatsapp }.Take(channels)];
        SiteModel model = ListPagesTests.Model(measured);
        SiteContext context = spanish ? s_en.In(SiteLanguage.Spanish) : s_en;
        var inputs = new PageInputs(model, new Dictionary<string, global::BrandPulse.Generator.Charts.WaitChartModel>(), []);

        // When
        OutputFile home = Assert.Single(await PageJobs.RenderAsync([.. BilingualPages.All[0](inputs, context)]));
        string html = Encoding.UTF8.GetString(home.Bytes);

        // Then: under 100 KB, each channel listing the same number of its best-ranked brands, in rank order
        Assert.True(home.Bytes.Length < MaxPageBytes, $"{home.Path} with {channels} channels: {home.Bytes.Length:N0} bytes");
        int rows = HomePage.MaxRowsFor(channels);
        Assert.Equal(channels == 1 ? 25 : 60 / channels, rows);
        foreach (string channel in measured)
        {
            int start = html.IndexOf($"data-channel=\"{channel}\"", StringComparison.Ordinal);
            string table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
            Assert.Equal([.. Enumerable.Range(0, rows).Select(n => $"brand-{n:0000}")], [.. BrandLinks().Matches(table).Select(m => m.Groups[1].Value)]);
        }

        Console.WriteLine($"home page, {channels} channels, {(spanish ? "es" : "en")}: {home.Bytes.Length:N0} bytes, {rows} brands per channel");
    }

    [GeneratedRegex("<a href=\"[^\"]*brands/([^/\"]+)/")]
    private static partial Regex BrandLinks();
}
