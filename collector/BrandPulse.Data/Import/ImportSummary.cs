namespace BrandPulse.Data.Import;

/// <summary>How an import ended: what was accepted, seen before, rejected or left out, and which brands are new.</summary>
public sealed record ImportSummary(
    string Source,
    string InputName,
    int Accepted,
    int Updated,
    int Duplicates,
    int Rejected,
    int Unattributed,
    int LeftOut,
    IReadOnlyList<string> NewBrands,
    IReadOnlyList<ImportIssue> Issues,
    IReadOnlyDictionary<string, long> Counts)
{
    /// <summary>0 all accepted, 2 finished with rejected records (documented exit codes).</summary>
    public int ExitCode => Rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
}

/// <summary>The exit codes every BrandPulse command uses.</summary>
public static class ExitCodes
{
    /// <summary>Everything accepted.</summary>
    public const int Ok = 0;

    /// <summary>Nothing written: unreadable input, bad option, fatal error.</summary>
    public const int Failed = 1;

    /// <summary>Finished, but some records were rejected (listed with file, line, field and reason).</summary>
    public const int Rejected = 2;

    /// <summary>Temporary: rate-limited or locked; progress saved, run again later.</summary>
    public const int TryLater = 75;
}
