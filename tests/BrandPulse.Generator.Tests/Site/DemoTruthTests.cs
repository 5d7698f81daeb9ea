using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BrandPulse.Generator.Tests.Site;

/// <summary>
/// Issue 15: the demo holds only data selected because the brand answered (twcs, IBM) and illustrative data (the phone
/// log), so nothing built from it may lead with a finding, give a verdict, or show a rank without a visible caveat.
/// </summary>
[Collection(nameof(BuiltSites))]
public sealed class DemoTruthTests(BuiltSites sites)
{
    private static readonly string[] s_verdicts = ["clearly slower", "clearly faster", "clearly fastest", "is faster for", "is slower for"];

    [Fact]
    public void Issue15_the_home_page_opens_with_what_the_demo_data_can_show_not_a_finding()
    {
        // Given the demo site
        IHtmlDocument home = Pages.Parse(Path.Combine(sites.Demo, "index.html"));

        // When the opening sentence is read
        string finding = home.QuerySelector(".hero .finding")?.TextContent ?? "";

        // Then it says what the data can show and what would show more, and states no finding
        Assert.Contains("how fast brands answered the complaints they did answer", finding, StringComparison.Ordinal);
        Assert.Contains("field campaign or live collection", finding, StringComparison.Ordinal);
        Assert.DoesNotContain("fastest", finding, StringComparison.Ordinal);
        Assert.Same(home.QuerySelector(".hero h1")?.NextElementSibling, home.QuerySelector(".hero .finding"));
    }

    [Fact]
    public void Issue15_no_page_of_the_demo_gives_a_verdict_or_a_channel_gap_table()
    {
        foreach (string page in LinkChecker.HtmlPages(sites.Demo).Where(p => !IsProse(p)))
        {
            IHtmlDocument doc = Pages.Parse(page);
            string text = doc.Body?.TextContent ?? "";
            Assert.All(s_verdicts, v => Assert.DoesNotContain(v, text, StringComparison.OrdinalIgnoreCase));
            Assert.Empty(doc.QuerySelectorAll("table.gap-table"));
        }

        string gap = Pages.Parse(Path.Combine(sites.Demo, "index.html")).QuerySelector("section.headline")?.TextContent ?? "";
        Assert.Contains("not shown: it needs real phone measurements", gap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("brands/index.html", "illustrative", "answered only")]
    [InlineData("es/brands/index.html", "ilustrativo", "solo respondidas")]
    public void Issue13_the_brands_index_tags_every_median_from_illustrative_or_selected_data(string path, string illustrative, string answeredOnly)
    {
        // Given the list of all brands of the demo: Apple's phone figures are illustrative, its Twitter/X ones selected
        IHtmlDocument doc = Pages.Parse(Path.Combine(sites.Demo, path));

        // When Apple's row is read
        IElement apple = doc.QuerySelectorAll("#brand-list tr").Single(r => r.QuerySelector("th a")?.TextContent == "Apple");
        string[] tags = [.. apple.QuerySelectorAll(".tag").Select(t => t.TextContent)];

        // Then both medians carry their tag, in the page's language, and every row with a median from the phone log does
        Assert.Contains(illustrative, tags);
        Assert.Contains(answeredOnly, tags);
        Assert.All(doc.QuerySelectorAll("#brand-list tr").Where(r => r.QuerySelector("td")?.TextContent.Contains(path.StartsWith("es/", StringComparison.Ordinal) ? "Teléfono:" : "Phone:", StringComparison.Ordinal) == true),
            r => Assert.NotNull(r.QuerySelector(".tag.illustrative")));
    }

    [Fact]
    public void Issue15_every_rank_from_selected_or_illustrative_data_has_a_visible_caveat_in_its_section()
    {
        int ranked = 0;
        foreach (string page in LinkChecker.HtmlPages(sites.Demo).Where(p => !IsProse(p)))
        {
            IHtmlDocument doc = Pages.Parse(page);
            foreach (IElement row in doc.QuerySelectorAll("table.ranking-table tbody tr, table.channel-table tbody tr"))
            {
                bool selected = row.QuerySelector(".tag.selected") is not null;
                bool illustrative = row.QuerySelector(".tag.illustrative") is not null;
                if (!selected && !illustrative || !HasRank(row))
                {
                    continue;
                }

                ranked++;
                string notes = string.Join(" ", (row.Closest("section") ?? doc.Body!).QuerySelectorAll("p.note")
                    .Where(p => !p.HasAttribute("hidden") && p.Closest("details, [hidden]") is null).Select(p => p.TextContent));
                bool spanish = page.Replace('\\', '/').Contains("/es/", StringComparison.Ordinal);
                if (selected)
                {
                    Assert.True(notes.Contains(spanish ? "porque la marca respondió" : "because the brand answered", StringComparison.Ordinal), $"{page}: a rank from selected data without a visible caveat");
                }

                if (illustrative)
                {
                    Assert.True(notes.Contains(spanish ? "inventad" : "made-up", StringComparison.Ordinal), $"{page}: a rank from illustrative data without a visible caveat");
                }
            }
        }

        Assert.True(ranked > 10, $"only {ranked} ranked rows from selected or illustrative data were checked");
    }

    [Fact]
    public void Issue15_a_share_answered_of_selected_data_says_so_beside_it()
    {
        IHtmlDocument home = Pages.Parse(Path.Combine(sites.Demo, "index.html"));

        IElement[] rows = [.. home.QuerySelectorAll("#channel-twitter table.ranking-table tbody tr")];

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("100%by selection", r.QuerySelectorAll("td.num")[1].TextContent));
    }

    [Fact]
    public void Issue15_rankings_show_the_time_to_a_real_answer_and_flag_brands_that_mostly_deflect()
    {
        // Given the home page's Twitter/X league and the channel page sorted by time to a real answer
        IHtmlDocument home = Pages.Parse(Path.Combine(sites.Demo, "index.html"));
        IElement rockstar = home.QuerySelectorAll("#channel-twitter tbody tr").Single(r => r.TextContent.Contains("Rockstar Games", StringComparison.Ordinal));
        IHtmlDocument bySubstance = Pages.Parse(Path.Combine(sites.Demo, "channels", "twitter", "by-substantive.html"));

        // Then the real-answer column sits beside the median wait, Rockstar's first replies are flagged in visible text,
        // the page says what the two columns measure, and the sorted page orders brands by the real-answer median
        string[] heads = [.. home.QuerySelectorAll("#channel-twitter thead th").Select(h => h.TextContent.Trim())];
        Assert.Equal(Array.IndexOf(heads, "Median wait") + 1, Array.IndexOf(heads, "Real answer"));
        Assert.StartsWith("41 min", rockstar.QuerySelectorAll("td")[Array.IndexOf(heads, "Real answer") - 1].TextContent, StringComparison.Ordinal);
        Assert.Equal("40% of first replies only deflected", rockstar.QuerySelector(".tag.deflects")?.TextContent);
        Assert.Contains("Rockstar Games", home.QuerySelector("#channel-twitter p.note.deflects")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("first reply that addresses the complaint", home.QuerySelector("#channel-twitter p.explain")?.TextContent ?? "", StringComparison.Ordinal);
        int column = Array.FindIndex([.. bySubstance.QuerySelectorAll("#channel-table thead th")], h => h.TextContent.Trim() == "Real answer");
        double[] order = [.. bySubstance.QuerySelectorAll("#channel-table tbody tr")
            .Select(r => r.Children.ElementAtOrDefault(column)?.GetAttribute("data-value"))
            .OfType<string>().Where(v => v.Length > 0)
            .Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).Where(v => v < 1e15)];
        Assert.True(order.Length >= 5, $"only {order.Length} real-answer cells");
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Issue15_plain_words_periods_beside_figures_and_too_little_to_judge()
    {
        IHtmlDocument home = Pages.Parse(Path.Combine(sites.Demo, "index.html"));
        IHtmlDocument apple = Pages.Parse(Path.Combine(sites.Demo, "brands", "apple", "index.html"));
        IHtmlDocument ups = Pages.Parse(Path.Combine(sites.Demo, "brands", "ups", "index.html"));

        // Every ranked brand's months sit under its name, and the Twitter/X league (2017 archive beside 2020 IBM data) says its periods are apart
        Assert.All(home.QuerySelectorAll("#channel-twitter tbody tr th"), th => Assert.Matches(@"^[A-Z][a-z]{2} \d{4}( – [A-Z][a-z]{2} \d{4})?$", th.QuerySelector(".period")?.TextContent ?? ""));
        Assert.Contains("more than a year apart", home.QuerySelector("#channel-twitter p.note.periods")?.TextContent ?? "", StringComparison.Ordinal);

        // Each figure is explained in a visible line, and a ratio below 1 reads as "times faster"
        string explain = apple.QuerySelector("#h-figures ~ p.explain")?.TextContent ?? "";
        Assert.All(["Answered", "Median wait", "90% answered by", "Within 1 hour", "95% interval", "Rank"], w => Assert.Contains(w, explain, StringComparison.Ordinal));
        Assert.Contains("times faster than Twitter/X", apple.QuerySelector("[aria-labelledby=h-brand-gap]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("0.23", apple.QuerySelector("[aria-labelledby=h-brand-gap]")?.TextContent ?? "", StringComparison.Ordinal);

        // A brand with fewer complaints than the display threshold says there is too little to judge
        Assert.Contains("Too little to judge", ups.QuerySelector("p.note.too-few")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(apple.QuerySelector("p.note.too-few"));
    }

    private static bool HasRank(IElement row) =>
        row.QuerySelector("td.rank") is { } rank ? rank.TextContent.Trim() is { Length: > 0 } t && t[0] != '–' : true;

    private static bool IsProse(string page) =>
        Pages.Parse(page).QuerySelector("main .prose") is not null;
}
