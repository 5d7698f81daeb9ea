using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BrandPulse.Browser.Tests.Infrastructure;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class LinkCheckTests(BuiltSite site)
{
    [Fact]
    public async Task Every_page_reachable_from_home_links_only_to_files_that_exist()
    {
        // Given
        using var http = new HttpClient { BaseAddress = site.Site.BaseUri };
        var parser = new HtmlParser();
        var queue = new Queue<Uri>([site.Url("index.html")]);
        var seen = new HashSet<Uri>(queue);
        var broken = new List<string>();

        // When: a crawl over every same-site link, image, stylesheet and script
        while (queue.TryDequeue(out Uri? url))
        {
            using HttpResponseMessage response = await http.GetAsync(url);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            IDocument doc = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            foreach (IElement element in doc.QuerySelectorAll("a[href], img[src], link[href], script[src]"))
            {
                string target = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
                var resolved = new Uri(url, target);
                if (resolved.Authority != url.Authority)
                {
                    continue;
                }

                var withoutFragment = new Uri(resolved.GetLeftPart(UriPartial.Query));
                if (seen.Add(withoutFragment))
                {
                    using HttpResponseMessage check = await http.GetAsync(withoutFragment);
                    if (!check.IsSuccessStatusCode)
                    {
                        broken.Add($"{url.AbsolutePath}: <{element.LocalName}> {target} -> {(int)check.StatusCode}");
                        continue;
                    }

                    queue.Enqueue(withoutFragment);
                }
            }
        }

        // Then
        Assert.True(seen.Count > 30, $"the crawl found only {seen.Count} files");
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join('\n', broken));
    }

    [Fact]
    public async Task A_missing_page_answers_404_with_the_sites_not_found_page()
    {
        using var http = new HttpClient { BaseAddress = site.Site.BaseUri };

        using HttpResponseMessage response = await http.GetAsync("no-such-page/index.html");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(site.Site.OutputDir, "404.html")), "the built site has no 404.html");
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }
}
