using System.Collections.Concurrent;
using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class PageErrorTests(BuiltSite site)
{
    [Fact]
    public async Task Every_page_loads_without_script_errors_or_failed_requests()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        var problems = new ConcurrentBag<string>();
        var current = new ConcurrentDictionary<IPage, string>();
        context.Page += (_, page) =>
        {
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add($"{current.GetValueOrDefault(page)}: console error: {message.Text}");
                }
            };
            page.PageError += (_, error) => problems.Add($"{current.GetValueOrDefault(page)}: script error: {error}");
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    problems.Add($"{current.GetValueOrDefault(page)}: {response.Status} for {response.Url}");
                }
            };
        };

        // When
        await PageWalk.RunAsync(context, SitePages.All(site.Site.OutputDir), async (page, path) =>
        {
            current[page] = path;
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        });

        // Then
        Assert.True(problems.IsEmpty, string.Join('\n', problems.Order(StringComparer.Ordinal)));
    }
}
