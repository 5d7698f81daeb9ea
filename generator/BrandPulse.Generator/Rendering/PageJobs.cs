using Microsoft.AspNetCore.Components;

namespace BrandPulse.Generator.Rendering;

/// <summary>One page to render: its path, how to render it, and roughly how much work it is (for scheduling only).</summary>
public sealed record PageJob(string Path, Func<PageRenderer, Task<byte[]>> Render, int Weight = 1)
{
    /// <summary>A hash of everything the page is rendered from, when known (<see cref="Incremental.KeptFiles"/>): an unchanged page is not rendered again.</summary>
    public string? CacheKey { get; init; }

    /// <summary>
    /// For a page whose key has two parts (<c>BASE.MOVED</c>): the page made from the bytes it was published with when
    /// only the second part changed (null when it cannot be, and the page is rendered): see <see cref="RankCells"/>.
    /// </summary>
    public Func<byte[], byte[]?>? Patch { get; init; }

    /// <summary>The page component <typeparamref name="TPage"/> with these parameters.</summary>
    public static PageJob Of<TPage>(string path, IDictionary<string, object?> parameters, int weight = 1)
        where TPage : IComponent =>
        new(path, renderer => renderer.RenderUtf8Async<TPage>(parameters), weight);
}

/// <summary>
/// Renders pages on every core: one worker per core, each with its own renderer (a renderer has its own dispatcher),
/// taking the heaviest pages first so no core is left with a long page at the end. The files come back in the
/// order of the jobs, so the output never depends on scheduling.
/// </summary>
public static class PageJobs
{
    public static async Task<IReadOnlyList<OutputFile>> RenderAsync(IReadOnlyList<PageJob> jobs)
    {
        var files = new OutputFile[jobs.Count];
        int[] order = [.. Enumerable.Range(0, jobs.Count).OrderByDescending(i => jobs[i].Weight)]; // stable: ties keep their order
        int next = -1;
        int workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, jobs.Count / 16));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new PageRenderer();
            for (int n = Interlocked.Increment(ref next); n < order.Length; n = Interlocked.Increment(ref next))
            {
                PageJob job = jobs[order[n]];
                files[order[n]] = new OutputFile(job.Path, await job.Render(renderer));
            }
        })));
        return files;
    }
}
