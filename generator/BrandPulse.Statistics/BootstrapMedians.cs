namespace BrandPulse.Statistics;

/// <summary>
/// A rank candidate's Kaplan-Meier median (+infinity when not reached) and its medians in each bootstrap replicate.
/// </summary>
public sealed record BootstrapMedians(string Key, double Point, double[] Replicates);
