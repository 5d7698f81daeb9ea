using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Rendering;

/// <summary>Issue 15, point 5: at national scale (1,000 brands) channel and industry pages are split, each under 100 KB.</summary>
public sealed partial class ListPagesTests
{
    private const int Brands = 1000;
    private const int MaxPageBytes = 100 * 1000;
    private const int ChannelPages = Brands / ListPages.PerPage;
    private static readonly SiteContext s_en = new(SiteContext.DefaultBaseUrl, SiteContext.CurrentMethodologyVersion, null, RepoPaths.Site);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task At_1000_brands_every_channel_and_industry_page_is_under_100_KB_and_lists_each_brand_once(bool spanish)
    {
        // Given: a generated model of 1,000 brands on Twitter/X in three industries (600, 300, 100 brands)
        SiteModel model = Model();
        SiteContext context = spanish ? s_en.In(SiteLanguage.Spanish) : s_en;
        var inputs = new PageInputs(model, new Dictionary<string, global::BrandPulse.Generator.Charts.WaitChartModel>(), []);

        // When
        IReadOnlyList<OutputFile> pages = await PageJobs.RenderAsync(
            [.. SectionPages.ChannelJobs(inputs, context), .. SectionPages.IndustryJobs(inputs, context)]);
        Dictionary<string, string> html = pages.ToDictionary(p => p.Path, p => Encoding.UTF8.GetString(p.Bytes), StringComparer.Ordinal);
        string prefix = spanish ? "es/" : "";

        // Then: every page under 100 KB
        Assert.All(pages, p => Assert.True(p.Bytes.Length < MaxPageBytes, $"{p.Path}: {p.Bytes.Length:N0} bytes"));
        OutputFile largest = pages.MaxBy(p => p.Bytes.Length)!;
        Console.WriteLine($"largest page at {Brands} brands: {largest.Path}, {largest.Bytes.Length:N0} bytes");

        // the channel in pages of ListPages.PerPage (20 of 50), in every ordering, each brand on exactly one page of each ordering
        foreach (ChannelSort sort in ChannelSort.All)
        {
            string[] paths = [.. Enumerable.Range(1, ChannelPages).Select(n => $"{prefix}channels/twitter/{ListPages.Folder(n)}{sort.FileName}")];
            Assert.All(paths, p => Assert.True(html.ContainsKey(p), $"{p} missing"));
            Assert.False(html.ContainsKey($"{prefix}channels/twitter/page/{ChannelPages + 1}/{sort.FileName}"));
            string[] listed = [.. paths.SelectMany(p => BrandRows().Matches(html[p]).Select(m => m.Groups[1].Value))];
            Assert.Equal(Brands, listed.Length);
            Assert.Equal(Brands, listed.Distinct(StringComparer.Ordinal).Count());
        }

        // the rank ordering keeps rank order across pages
        string[] byRank = [.. Enumerable.Range(1, ChannelPages).SelectMany(n =>
            BrandRows().Matches(html[$"{prefix}channels/twitter/{ListPages.Folder(n)}index.html"]).Select(m => m.Groups[1].Value))];
        Assert.Equal([.. Enumerable.Range(0, Brands).Select(Slug)], byRank);

        // industries: 600, 300 and 100 brands in as many pages as they need
        Assert.True(html.ContainsKey($"{prefix}industries/telecoms/page/{600 / ListPages.PerPage}/index.html"));
        Assert.False(html.ContainsKey($"{prefix}industries/telecoms/page/{(600 / ListPages.PerPage) + 1}/index.html"));
        Assert.True(html.ContainsKey($"{prefix}industries/retail/page/{300 / ListPages.PerPage}/index.html"));
        Assert.Equal(100 > ListPages.PerPage, html[$"{prefix}industries/banking-and-finance/index.html"].Contains("class=\"pager\"", StringComparison.Ordinal));

        // every previous/next link leads to a page of the build, and page 1 has no "previous", the last page no "next"
        foreach ((string path, string page) in html.Where(h => h.Value.Contains("class=\"pager\"", StringComparison.Ordinal)))
        {
            int start = page.IndexOf("class=\"pager\"", StringComparison.Ordinal);
            string nav = page[start..page.IndexOf("</nav>", start, StringComparison.Ordinal)];
            string[] links = [.. PagerLinks().Matches(nav).Select(m => m.Groups[1].Value)];
            Assert.Equal(path.Contains("/page/", StringComparison.Ordinal) ? (IsLast(path) ? 1 : 2) : 1, links.Length);
            Assert.NotEmpty(links);
            foreach (string link in links)
            {
                string target = Resolve(path, link);
                Assert.True(html.ContainsKey(target), $"{path}: pager link {link} leads to {target}, not a page of the build");
            }
        }

        string last = WebUtility.HtmlDecode(html[$"{prefix}channels/twitter/page/{ChannelPages}/index.html"]);
        Assert.Contains(spanish ? "Marcas 951–1000 de 1000" : "Brands 951–1,000 of 1,000", last, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task At_1000_brands_the_brands_index_is_split_into_pages_under_100_KB_each_listing_every_brand_once(bool spanish)
    {
        // Given: the 1,000 brands in three industries
        SiteModel model = Model();
        SiteContext context = spanish ? s_en.In(SiteLanguage.Spanish) : s_en;
        var inputs = new PageInputs(model, new Dictionary<string, global::BrandPulse.Generator.Charts.WaitChartModel>(), []);
        string prefix = spanish ? "es/" : "";

        // When
        IReadOnlyList<OutputFile> pages = await PageJobs.RenderAsync([.. BilingualPages.BrandsIndex(inputs, context)]);

        // Then: five pages of 200 (brands/, brands/page/2/ … brands/page/5/), each under 100 KB
        const int IndexPages = Brands / ListPages.BrandsIndexPerPage;
        Assert.Equal(
            [.. Enumerable.Range(1, IndexPages).Select(n => $"{prefix}brands/{ListPages.Folder(n)}index.html")],
            [.. pages.Select(p => p.Path)]);
        Assert.All(pages, p => Assert.True(p.Bytes.Length < MaxPageBytes, $"{p.Path}: {p.Bytes.Length:N0} bytes"));
        Console.WriteLine($"largest brands index page at {Brands} brands: {pages.Max(p => p.Bytes.Length):N0} bytes");

        // every brand on exactly one page, industry by industry as on the one-page index
        Dictionary<string, string> html = pages.ToDictionary(p => p.Path, p => Encoding.UTF8.GetString(p.Bytes), StringComparer.Ordinal);
        string[] listed = [.. pages.SelectMany(p => BrandRows().Matches(html[p.Path]).Select(m => m.Groups[1].Value))];
        Assert.Equal(Brands, listed.Length);
        Assert.Equal(Brands, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ListPages.BrandsIndexPerPage, BrandRows().Matches(html[$"{prefix}brands/index.html"]).Count);

        // the filter searches every page (data-filter-all), the industries link to their own pages, and the pager links resolve
        foreach ((string path, string page) in html)
        {
            Assert.Contains("data-filter-all", page, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"#industry-", page, StringComparison.Ordinal);
            foreach (string link in PagerLinks().Matches(page[page.IndexOf("class=\"pager\"", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).Take(2))
            {
                if (link.Contains("/brands/", StringComparison.Ordinal) || link.Contains("industries/", StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.True(html.ContainsKey(Resolve(path, link)), $"{path}: pager link {link} leads to {Resolve(path, link)}, not a page of the index");
            }
        }

        Assert.Contains(spanish ? "Marcas 801–1000 de 1000" : "Brands 801–1,000 of 1,000", WebUtility.HtmlDecode(html[$"{prefix}brands/page/{IndexPages}/index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_to_200_brands_the_brands_index_is_one_page_whose_filter_works_in_place()
    {
        // Given: 200 of the brands
        SiteModel full = Model();
        SiteModel model = full with { Brands = [.. full.Brands.Take(ListPages.BrandsIndexPerPage)] };
        var inputs = new PageInputs(model, new Dictionary<string, global::BrandPulse.Generator.Charts.WaitChartModel>(), []);

        // When
        IReadOnlyList<OutputFile> pages = await PageJobs.RenderAsync([.. BilingualPages.BrandsIndex(inputs, s_en)]);

        // Then
        OutputFile page = Assert.Single(pages);
        string html = Encoding.UTF8.GetString(page.Bytes);
        Assert.Equal("brands/index.html", page.Path);
        Assert.DoesNotContain("data-filter-all", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"pager\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#industry-telecoms\"", html, StringComparison.Ordinal);
        Assert.Equal(ListPages.BrandsIndexPerPage, BrandRows().Matches(html).Count);
    }

    [Theory]
    [InlineData(1, 2, "index.html", "page/2/")]
    [InlineData(2, 1, "index.html", "../../")]
    [InlineData(2, 3, "by-name.html", "../../page/3/by-name.html")]
    [InlineData(3, 1, "by-name.html", "../../by-name.html")]
    public void Links_between_pages_are_relative_directory_urls(int from, int to, string file, string expected) =>
        Assert.Equal(expected, ListPages.Href(from, to, file));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(1000, 20)]
    public void A_list_takes_as_many_pages_as_it_needs(int items, int pages) => Assert.Equal(pages, ListPages.CountOf(items));

    private static bool IsLast(string path) =>
        path.Contains($"/twitter/page/{ChannelPages}/", StringComparison.Ordinal) || path.Contains($"/telecoms/page/{600 / ListPages.PerPage}/", StringComparison.Ordinal)
        || path.Contains($"/retail/page/{300 / ListPages.PerPage}/", StringComparison.Ordinal) || path.Contains("/banking-and-finance/page/", StringComparison.Ordinal);

    private static string Resolve(string page, string link)
    {
        var uri = new Uri(new Uri("https://x.example/" + page), link);
        string path = uri.AbsolutePath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    [GeneratedRegex("<th scope=\"row\"><a href=\"[^\"]*brands/([^/\"]+)/")]
    private static partial Regex BrandRows();

    [GeneratedRegex("<a href=\"([^\"]+)\">")]
    private static partial Regex PagerLinks();

    private static string Slug(int n) => "brand-" + n.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>1,000 brands in three industries (600, 300, 100), each ranked on every one of <paramref name="channels"/> (Twitter/X by default).</summary>
    internal static SiteModel Model(params string[] channels)
    {
        const long Day = 86_400_000, Start = 1_600_000_000_000;
        channels = channels.Length == 0 ? [Channels.Twitter] : channels;
        var brands = new List<BrandFigures>();
        var figures = channels.ToDictionary(c => c, _ => new List<ChannelFigures>());
        for (int n = 0; n < Brands; n++)
        {
            string industry = n % 10 < 6 ? "Telecoms" : n % 10 < 9 ? "Retail" : "Banking & finance";
            var brand = new Brand(n + 1, Slug(n), $"Brand {n:0000} Customer Care", industry, "test", null);
            double median = 5 + n;
            var summary = new ResponseSummary(400 + n, 300 + n, new ShareEstimate(0.8123456789, 0.75, 0.85),
                new QuantileEstimate(median, median * 0.8123, median * 1.2345), new QuantileEstimate(median * 6.5, median * 5, median * 8),
                new ShareEstimate(0.31, 0.25, 0.37), new ShareEstimate(0.4567891234, 0.4, 0.5), new ShareEstimate(0.9, 0.85, 0.95));
            var own = new List<ChannelFigures>();
            foreach (string channel in channels)
            {
                var f = new ChannelFigures(brand, channel, summary, [], FigureStatus.Ranked,
                    new RankInterval(brand.Slug, n + 1, Math.Max(1, n - 12), Math.Min(Brands, n + 14), false), false, false, 0,
                    Start - (n % 400 * Day), Start + Day, 0, [], new AnswerKindFigures(new Dictionary<string, int>(), 0, null));
                figures[channel].Add(f);
                own.Add(f);
            }

            brands.Add(new BrandFigures(brand, own, [$"twitter:Brand{n:0000}Care"]));
        }

        List<BrandFigures> byName = [.. brands.OrderBy(b => b.Brand.DisplayName, StringComparer.OrdinalIgnoreCase)];
        return new SiteModel(byName, [.. channels.Select(c => new ChannelRanking(c, figures[c], []))], [], Start - (400 * Day), Start + Day,
            figures.Values.Sum(list => list.Sum(f => f.Summary.N)), null);
    }
}
