using BrandPulse.Data.Import;

namespace BrandPulse.Data.Fetch;

/// <summary>What one run of a live collector did, and how it ended.</summary>
public sealed record FetchSummary(string Source, int Accounts, int Pages, int Inserted, int Updated, int Waiting, int Requests)
{
    /// <summary>Why the run stopped before the end (rate limit, failing API, bad answer, page limit), or null.</summary>
    public string? StoppedBecause { get; init; }

    public int ExitCode { get; init; } = ExitCodes.Ok;
}
