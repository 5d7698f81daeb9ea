namespace BrandPulse.Data.Fetch.Bluesky;

/// <summary>
/// When a Bluesky post happened. <c>record.createdAt</c> is written by the author's client and can be anything;
/// <c>indexedAt</c> is when the AppView first saw the post. BrandPulse uses Bluesky's <c>sortAt</c> = min(createdAt,
/// indexedAt), so a createdAt in the future never counts; a createdAt that is missing, unreadable or before 1970 is
/// ignored; and, beyond Bluesky's rule, a createdAt more than <see cref="MaxBackdate"/> before indexedAt is ignored too
/// (backdated, or backfilled long after: nobody could have answered it before it was seen). A reply whose time would
/// fall before its complaint is timed by its indexedAt. So no one gets a negative or absurd response time by backdating.
/// </summary>
public static class BlueskyTime
{
    public static readonly TimeSpan MaxBackdate = TimeSpan.FromMinutes(10);

    /// <summary>Bluesky's own sortAt (for the API's <c>since</c> filter): min(createdAt, indexedAt), createdAt ignored when unusable.</summary>
    public static long PlatformSortAt(string? createdAt, long indexedAtMs) =>
        JsonFields.TryTime(createdAt) is long c && c >= 0 ? Math.Min(c, indexedAtMs) : indexedAtMs;

    /// <summary>The time BrandPulse stores for a post (Unix ms, UTC).</summary>
    public static long SortAt(string? createdAt, long indexedAtMs)
    {
        long at = PlatformSortAt(createdAt, indexedAtMs);
        return at < indexedAtMs - (long)MaxBackdate.TotalMilliseconds ? indexedAtMs : at;
    }

    /// <summary>The time stored for a brand's reply to a complaint made at <paramref name="complaintAtMs"/>.</summary>
    public static long ReplyAt(string? createdAt, long indexedAtMs, long complaintAtMs)
    {
        long at = SortAt(createdAt, indexedAtMs);
        return at < complaintAtMs ? indexedAtMs : at;
    }
}
