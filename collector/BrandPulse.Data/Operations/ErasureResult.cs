namespace BrandPulse.Data.Operations;

/// <summary>What an erasure removed: complaints per channel, the brands whose figures change, and its log entry.</summary>
public sealed record ErasureResult(IReadOnlyDictionary<string, int> ComplaintsByChannel, int Brands, long LogId)
{
    public int Complaints => ComplaintsByChannel.Values.Sum();
}
