namespace BrandPulse.Statistics;

/// <summary>A brand (or any group) to rank on one channel. Keys must be unique within one ranking.</summary>
public sealed record RankCandidate(string Key, IReadOnlyList<WaitObservation> Observations);
