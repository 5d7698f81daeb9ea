namespace BrandPulse.Statistics;

/// <summary>
/// One complaint's wait: either answered after <paramref name="Minutes"/> (an event) or still waiting
/// when observation ended after <paramref name="Minutes"/> (right-censored).
/// </summary>
public readonly record struct WaitObservation(double Minutes, bool Answered);
