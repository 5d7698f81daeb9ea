using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Generator.SiteFiles;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Rendering;

/// <summary>The C# markup builders the page templates place: what they write, and that every value is encoded.</summary>
public sealed class MarkupBuilderTests
{
    private static readonly Brand s_hostile = new(7, "hostile", "<script>alert(1)</script> & Co", null, "test", null);

    [Fact]
    public void A_ranked_row_shows_the_rank_range_and_encodes_the_brand_name()
    {
        ChannelFigures f = Figures(s_hostile, FigureStatus.Ranked, median: 90) with { Rank = new RankInterval("hostile", 2, 1, 3, false) };

        string html = RankingRows.Ranked(new ChannelRanking(Channels.Twitter, [f], [])).Value;

        Assert.StartsWith("<tr><td class=\"rank\">2<span class=\"range\"> (1&#x2013;3)</span></td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"brands/hostile/index.html\"><bdi>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</bdi></a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1 h 30 min<span class=\"ci\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brand_with_too_few_complaints_on_a_channel_shows_no_figures_there()
    {
        BrandFigures brand = new(s_hostile, [Figures(s_hostile, FigureStatus.TooFew, median: 5)], []);

        string html = BrandPageRows.Figures(brand).Value;

        Assert.Equal(
            $"<tr data-channel=\"twitter\"><th scope=\"row\">Twitter/X</th>\n            <td class=\"num\">4</td><td class=\"num\" colspan=\"5\">Fewer than {RankingRules.MinShown} complaints: figures not shown.</td></tr>",
            html);
    }

    [Fact]
    public void The_channel_table_sorts_a_median_never_reached_after_every_other()
    {
        ChannelFigures never = Figures(s_hostile, FigureStatus.Shown, median: null);
        ChannelFigures quick = Figures(s_hostile with { Id = 8, Slug = "quick", DisplayName = "Quick" }, FigureStatus.Shown, median: 2.5);

        string html = ChannelTableRows.For(new ChannelRanking(Channels.Twitter, [], [never, quick]), ChannelSort.Rank, "../../").Value;

        Assert.Contains("data-value=\"1000000000000000\"", html, StringComparison.Ordinal);
        Assert.Contains("data-value=\"2.5\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../brands/quick/index.html\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Counted_complaints_are_listed_by_hour_channel_wait_outcome_and_reference_only()
    {
        string html = CountedComplaintRows.For([new CountedComplaint("2020-04-07 10:00", Channels.Phone, 9, "answered: a human", "BP-7K3M-Q9TX-A2HD")]).Value;

        Assert.Equal("<tr><td>2020-04-07 10:00</td><td>Phone</td><td class=\"num\">9 min</td><td>answered: a human</td><td class=\"ref\">BP-7K3M-Q9TX-A2HD</td></tr>", html);
    }

    [Fact]
    public void The_page_head_has_a_canonical_link_and_social_card_only_when_the_page_knows_its_address()
    {
        var site = new SiteContext("https://brandpulse.example.org/", "1.0", null, RepoPaths.Site);

        string placed = LayoutMarkup.Head("A <b>title</b>", "d", "../", site, "brands/index.html", null, PreviewSize.SitePath, null, site.Text).Value;
        string alone = LayoutMarkup.Head("t", "d", "../", null, null, null, PreviewSize.SitePath, null, site.Text).Value;

        Assert.Contains("<link rel=\"canonical\" href=\"https://brandpulse.example.org/brands/\" />", placed, StringComparison.Ordinal);
        Assert.Contains("<title>A &lt;b&gt;title&lt;/b&gt; · BrandPulse</title>", placed, StringComparison.Ordinal);
        Assert.DoesNotContain("canonical", alone, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", alone, StringComparison.Ordinal);
        Assert.Contains("href=\"../assets/site.css\"", LayoutMarkup.Frame("../", site).Top.Value + alone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AnswerKinds.PrivateChannel, "Only “move to a private channel”")]
    [InlineData(AnswerKinds.Automatic, "Automatic reply")]
    [InlineData("something new", "something new")]
    public void Answer_kinds_have_the_names_the_site_prints(string kind, string name) => Assert.Equal(name, AnswerKindNames.Of(kind));

    /// <summary>Four complaints on Twitter/X with the given median (minutes; null when never reached).</summary>
    private static ChannelFigures Figures(Brand brand, FigureStatus status, double? median)
    {
        var summary = new ResponseSummary(4, 3, new ShareEstimate(0.75, 0.3, 0.95), new QuantileEstimate(median, null, null),
            new QuantileEstimate(null, null, null), ShareEstimate.Unknown, new ShareEstimate(0.5, 0.1, 0.9), ShareEstimate.Unknown);
        return new ChannelFigures(brand, Channels.Twitter, summary, [], status, null, false, false, 0, 0, 0, 0, [],
            new AnswerKindFigures(new Dictionary<string, int>(), 0, null));
    }
}
