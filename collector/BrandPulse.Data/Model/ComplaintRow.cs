namespace BrandPulse.Data.Model;

/// <summary>A stored complaint as the generator reads it: no handles, no texts, no source keys.</summary>
public sealed record ComplaintRow(
    long BrandId,
    string Channel,
    string Source,
    long ComplainedAtMs,
    long? FirstResponseAtMs,
    long ObservedUntilMs,
    string? ResponseKind,
    string? Quality,
    bool Illustrative,
    long? FirstSubstantiveAtMs = null)
{
    public bool Answered => FirstResponseAtMs is not null;

    /// <summary>Minutes to the first response, or minutes observed without one (right-censored).</summary>
    public double WaitMinutes => ((FirstResponseAtMs ?? ObservedUntilMs) - ComplainedAtMs) / 60_000.0;
}

/// <summary>Everything the generator reads, taken from one consistent snapshot of the database.</summary>
public sealed record Snapshot(
    IReadOnlyList<Brand> Brands,
    IReadOnlyList<BrandAccount> Accounts,
    IReadOnlyList<ComplaintRow> Complaints,
    IReadOnlyList<SourceSummary> Sources,
    int SchemaVersion);

/// <summary>Per source: how many complaints, and the period they cover.</summary>
public sealed record SourceSummary(string Source, long Complaints, long FirstMs, long LastMs);
