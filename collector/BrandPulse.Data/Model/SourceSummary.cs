namespace BrandPulse.Data.Model;

/// <summary>Per source: how many complaints, and the period they cover.</summary>
public sealed record SourceSummary(string Source, long Complaints, long FirstMs, long LastMs);
