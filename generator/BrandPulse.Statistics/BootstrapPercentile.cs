namespace BrandPulse.Statistics;

/// <summary>
/// Which order statistics of B bootstrap values form the 95% percentile interval: the k-th smallest and the
/// k-th largest with k = ceil(0.025 B) (for B = 200: the 5th and the 196th of the sorted values). Symmetric,
/// no interpolation, so integer ranks stay integers.
/// </summary>
internal static class BootstrapPercentile
{
    internal static (int LowIndex, int HighIndex) Indices(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        int k = Math.Max(1, ((count * 25) + 999) / 1000);
        return (k - 1, count - k);
    }

    /// <summary>Sorts <paramref name="values"/> in place and returns the two interval ends.</summary>
    internal static (T Low, T High) Interval<T>(Span<T> values)
        where T : IComparable<T>
    {
        values.Sort();
        var (low, high) = Indices(values.Length);
        return (values[low], values[high]);
    }
}
