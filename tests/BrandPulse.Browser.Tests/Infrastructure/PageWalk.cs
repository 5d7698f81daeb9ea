using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>Visits many pages with a few tabs at once; each visit is told which tab and which path.</summary>
public static class PageWalk
{
    public const int Tabs = 2;

    public static async Task RunAsync(IBrowserContext context, IReadOnlyList<string> paths, Func<IPage, string, Task> visit)
    {
        var queue = new ConcurrentQueue<string>(paths);
        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async _ =>
        {
            IPage page = await context.NewPageAsync();
            while (queue.TryDequeue(out string? path))
            {
                await visit(page, path);
            }

            await page.CloseAsync();
        }));
    }
}
