using System.Collections;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// A kept brand's phone curve as the cache stores it, six numbers a point (<see cref="BrandCacheFormat"/>): a point is
/// made when it is read, which only the brand's page does (and only when it is rendered), so a thousand kept brands
/// are one array each rather than hundreds of objects the collector must carry through the build.
/// </summary>
public sealed class StoredCurve : IReadOnlyList<IncidencePoint>
{
    private readonly double[] _values;

    /// <exception cref="InvalidDataException">Not six numbers a point.</exception>
    public StoredCurve(double[] values)
    {
        if (values.Length % 6 != 0)
        {
            throw new InvalidDataException("bad phone curve in cache entry");
        }

        _values = values;
    }

    public int Count => _values.Length / 6;

    public IncidencePoint this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            ReadOnlySpan<double> v = _values.AsSpan(index * 6, 6);
            return new IncidencePoint(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
    }

    public IEnumerator<IncidencePoint> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
