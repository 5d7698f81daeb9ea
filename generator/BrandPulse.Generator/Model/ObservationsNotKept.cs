using System.Collections;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Model;

/// <summary>
/// The observations of a brand whose figures were kept from the last build (<see cref="Incremental.BrandCacheStore"/>):
/// their number only. Observations are read to compute a brand's figures, which a kept brand does not need again, so the
/// cache does not store them; reading one here is a mistake and fails loudly rather than computing from nothing.
/// </summary>
public sealed class ObservationsNotKept(int count) : IReadOnlyList<WaitObservation>
{
    public int Count { get; } = count;

    public WaitObservation this[int index] => throw NotKept();

    public IEnumerator<WaitObservation> GetEnumerator() => throw NotKept();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static InvalidOperationException NotKept() => new(
        "The observations of a brand kept from the last build are not stored: compute the brand again to read them.");
}
