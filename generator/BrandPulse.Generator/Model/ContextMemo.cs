using System.Collections.Concurrent;

namespace BrandPulse.Generator.Model;

/// <summary>
/// What the rendering of one publication works out once and asks for thousands of times (the strings and settings of
/// its site folder when the build did not hand them over, the page frames), held by its <see cref="SiteContext"/>
/// rather than in static fields: two builds in one process never see each other's site folder, and everything is
/// dropped with the context. Every context made from another (<c>with</c>, <see cref="SiteContext.In"/>) shares it.
/// </summary>
public sealed class ContextMemo
{
    private readonly ConcurrentDictionary<(string Kind, object Key), Lazy<object>> _entries = new();

    /// <summary>The value of <paramref name="kind"/> for <paramref name="key"/>: made by <paramref name="make"/> the first time, once.</summary>
    public T Get<T>(string kind, object key, Func<T> make)
        where T : notnull =>
        (T)_entries.GetOrAdd((kind, key), _ => new Lazy<object>(() => make())).Value;

    /// <summary>How many values are held (for tests).</summary>
    public int Count => _entries.Count;
}
