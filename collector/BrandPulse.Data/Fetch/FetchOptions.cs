namespace BrandPulse.Data.Fetch;

/// <summary>
/// How a live collection runs. <see cref="NowMs"/> is the fetch time stored as the end of observation of a waiting
/// complaint (<see cref="FetchClock"/>); <see cref="Clock"/> times rate-limit resets and waits.
/// </summary>
public sealed record FetchOptions(Uri BaseUrl, long NowMs, TimeProvider Clock)
{
    /// <summary>Longest wait for a rate-limit reset before stopping with progress saved (exit 75).</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one HTTP request.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts after the first for a 5xx answer or a timeout.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First backoff; doubled each retry, with up to 25 % jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Stop (progress saved, exit 0) after this many pages of mentions; null: until done.</summary>
    public int? MaxPages { get; init; }

    /// <summary>Waiting complaints this recent are checked again for a reply on every run.</summary>
    public int RecheckDays { get; init; } = 7;

    /// <summary>Only these brand slugs; empty: every brand with an account on the channel.</summary>
    public IReadOnlyList<string> Brands { get; init; } = [];

    /// <summary>Called after each committed page (the test fault hook, progress output).</summary>
    public Action<int>? PageCommitted { get; init; }
}
