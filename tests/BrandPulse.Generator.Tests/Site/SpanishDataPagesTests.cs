using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using BrandPulse.Generator.Localization;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>
/// The brand pages and the Ley 10/2025 scoreboard in Spanish (es/brands/SLUG/, es/ley-10-2025/): Spanish number and
/// date forms, and no English sentence of the string store left in them.
/// </summary>
[Collection(nameof(BuiltSites))]
public sealed partial class SpanishDataPagesTests(BuiltSites sites)
{
    private static readonly IReadOnlyDictionary<SiteLanguage, Strings> s_strings = SiteText.Load(RepoPaths.Site);

    [Theory]
    [InlineData("brands/apple/index.html")]
    [InlineData("brands/o2/index.html")]
    [InlineData("ley-10-2025/index.html")]
    public void A_spanish_data_page_writes_spanish_forms_and_keeps_no_english_sentence_of_the_strings(string page)
    {
        // Given the Spanish page and its English twin
        IHtmlDocument es = Pages.Parse(Path.Combine(sites.Demo, "es", page));
        IHtmlDocument en = Pages.Parse(Path.Combine(sites.Demo, page));
        string text = Visible(es);

        // Then it is Spanish, with Spanish dates and percentages, and different from the English page
        Assert.Equal("es", es.DocumentElement.GetAttribute("lang"));
        Assert.Matches(@"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}", text);
        Assert.Matches(@"\d\u00A0%", text);
        Assert.DoesNotMatch(@"\d%", text);
        Assert.NotEqual(en.QuerySelector("h2")?.TextContent, es.QuerySelector("h2")?.TextContent);

        // And no English sentence from the string store is left in it (brand names and data values are not sentences)
        List<string> left = [.. EnglishSentences().Where(s => text.Contains(s, StringComparison.Ordinal))];
        Assert.True(left.Count == 0, $"{page} in Spanish still says: {string.Join(" | ", left)}");

        // (the same check finds the English page's sentences, so it is not vacuous)
        string english = Visible(en);
        Assert.True(EnglishSentences().Count(s => english.Contains(s, StringComparison.Ordinal)) >= 5, $"{page}: the English sentences are not found in English");
    }

    [Fact]
    public void A_spanish_brand_page_writes_decimals_with_a_comma_and_links_to_spanish_pages()
    {
        IHtmlDocument es = Pages.Parse(Path.Combine(sites.Demo, "es", "brands", "apple", "index.html"));
        string text = Visible(es);

        // The phone/Twitter ratio with a decimal comma, in Spanish words; durations in the shared unit symbols
        Assert.Matches(@"\d,\d veces más (rápido|lento)", text);
        Assert.DoesNotMatch(@"\d\.\d veces", text);
        Assert.Contains("Cifras por canal", text, StringComparison.Ordinal);
        Assert.Contains("del 10 de octubre de 2017 al", text, StringComparison.Ordinal);

        // Links go to the Spanish scoreboard and methodology; the downloads are the English files
        string[] hrefs = [.. es.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)];
        Assert.Contains("../../../es/ley-10-2025/", hrefs);
        Assert.Contains("../../../es/methodology/", hrefs);
        Assert.Contains("../../../brands/apple/complaints.csv", hrefs);
        Assert.True(File.Exists(Path.Combine(sites.Demo, "brands", "apple", "complaints.csv")));

        // Its chart, badge and preview card are the Spanish ones beside it
        Assert.Contains("Gráfico", es.QuerySelector("figure.chart img")?.GetAttribute("alt"), StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(sites.Demo, "es", "brands", "apple", "wait.svg")));
        Assert.Contains("../../../es/brands/apple/badge.svg", es.QuerySelector(".embed img")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.EndsWith("/es/brands/apple/preview.png", es.QuerySelector("meta[property='og:image']")?.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_spanish_scoreboard_names_verdicts_and_scopes_in_spanish()
    {
        IHtmlDocument es = Pages.Parse(Path.Combine(sites.Demo, "es", "ley-10-2025", "index.html"));
        string text = Visible(es);

        Assert.Equal("Marcador de la Ley 10/2025", es.QuerySelector("h1")?.TextContent);
        Assert.Contains("sin veredicto", text, StringComparison.Ordinal);
        Assert.Contains("28 de diciembre de 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no verdict", text, StringComparison.Ordinal);
        Assert.All(es.QuerySelectorAll("tbody th a[href]"), a => Assert.StartsWith("../../es/brands/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    /// <summary>The text a reader sees (body text, and the titles and text alternatives of its elements).</summary>
    internal static string Visible(IHtmlDocument doc) => doc.Body!.TextContent + "\n"
        + string.Join("\n", doc.QuerySelectorAll("[title], img[alt]").Select(e => (e.GetAttribute("title") ?? "") + " " + (e.GetAttribute("alt") ?? "")));

    /// <summary>
    /// The literal pieces of the English strings between placeholders that read as a sentence (four words or more),
    /// leaving out any that the Spanish string of the same key also has (a name such as "Customer Support on Twitter").
    /// </summary>
    internal static IEnumerable<string> EnglishSentences()
    {
        Strings en = s_strings[SiteLanguage.English], es = s_strings[SiteLanguage.Spanish];
        foreach ((string key, string value) in en.Values)
        {
            foreach (string piece in Placeholder().Split(value).Select(p => p.Trim(' ', ',', '.', ':', ';', '(', ')')))
            {
                if (piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 && !es[key].Contains(piece, StringComparison.Ordinal))
                {
                    yield return piece;
                }
            }
        }
    }

    [GeneratedRegex(@"\{[a-z_][a-z0-9_]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
