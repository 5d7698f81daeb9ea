using System.Globalization;
using BrandPulse.Data.Fetch;
using BrandPulse.Data.Fetch.Bluesky;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;

namespace BrandPulse.Collector.Tests.Fetch;

public sealed class BlueskyFetchTests
{
    private static long Ms(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    [Fact]
    public async Task Issue_TIM09_collects_complaints_and_replies_timed_by_sortAt()
    {
        // Given two pages of search results and their threads (see BlueskyRoutes)
        using var db = new FetchDb();
        using var api = new FakeApi(new BlueskyRoutes().Answer);

        // When
        FetchSummary s = await db.BlueskyAsync(FetchDb.Options(api, FetchDb.Now));

        // Then three complaints, timed by the documented rule: no negative, no absurd response time
        Assert.Equal((0, 2, 3, 1), (s.ExitCode, s.Pages, s.Inserted, s.Waiting));
        Dictionary<string, ComplaintRowView> rows = db.Complaints().ToDictionary(r => r.SourceKey.Split('/')[^1]);
        Assert.Equal(["3kp1prehistoric", "3kp2backdated", "3kp3complaint"], rows.Keys.Order(StringComparer.Ordinal));

        // createdAt before 1970 ignored; the DM request backdated before the complaint timed by its indexedAt;
        // the answer from the brand's DID under a new handle is the first substantive one
        Assert.Equal((Ms("2024-05-02T09:00:00Z"), Ms("2024-05-02T09:05:00Z"), AnswerKinds.PrivateChannel, Ms("2024-05-02T09:20:00Z")),
            (rows["3kp1prehistoric"].ComplainedAtMs, rows["3kp1prehistoric"].FirstResponseAtMs, rows["3kp1prehistoric"].ResponseKind, rows["3kp1prehistoric"].FirstSubstantiveAtMs));

        // backdated to 2019: timed by indexedAt; a reply dated a year ahead: min(createdAt, indexedAt)
        Assert.Equal((Ms("2024-05-02T09:30:00Z"), Ms("2024-05-02T09:40:00Z"), AnswerKinds.Substantive),
            (rows["3kp2backdated"].ComplainedAtMs, rows["3kp2backdated"].FirstResponseAtMs, rows["3kp2backdated"].ResponseKind));

        // only another user replied: waiting, observed until the fetch time
        Assert.Equal((Ms("2024-05-02T09:50:00Z"), null, FetchDb.Now.ToUnixTimeMilliseconds()),
            (rows["3kp3complaint"].ComplainedAtMs, rows["3kp3complaint"].FirstResponseAtMs, rows["3kp3complaint"].ObservedUntilMs));
        Assert.All(rows.Values, r => Assert.Null(r.Quality));
        Assert.Equal("""{"since":"2024-05-02T09:50:00.000Z","pending_newest":null,"next":null}""", db.Cursor("bluesky", "acme.bsky.social"));
        FakeRequest search = api.Requests.First(r => r.Path.EndsWith("searchPosts", StringComparison.Ordinal));
        Assert.Equal(("acme.bsky.social", "latest", "100"), (search.Query["q"], search.Query["sort"], search.Query["limit"]));
    }

    [Theory]
    [InlineData("2024-05-02T09:00:00Z", "2024-05-02T09:00:02Z", "2024-05-02T09:00:00Z")] // ordinary: createdAt
    [InlineData("2025-05-02T09:00:00Z", "2024-05-02T09:00:02Z", "2024-05-02T09:00:02Z")] // a year ahead: indexedAt
    [InlineData("2019-01-01T00:00:00Z", "2024-05-02T09:00:02Z", "2024-05-02T09:00:02Z")] // backdated: indexedAt
    [InlineData("1969-07-20T20:17:00Z", "2024-05-02T09:00:02Z", "2024-05-02T09:00:02Z")] // before 1970: indexedAt
    [InlineData("not a time", "2024-05-02T09:00:02Z", "2024-05-02T09:00:02Z")]
    public void SortAt_follows_the_documented_rule(string createdAt, string indexedAt, string expected) =>
        Assert.Equal(Ms(expected), BlueskyTime.SortAt(createdAt, Ms(indexedAt)));

    [Fact]
    public async Task A_ratelimit_reset_beyond_max_wait_stops_with_75_keeping_the_first_page()
    {
        using var db = new FetchDb();
        var routes = new BlueskyRoutes();
        using var api = new FakeApi(r => r.Query["cursor"] is not null
            ? new FakeResponse(429, """{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}""", new Dictionary<string, string>
            {
                ["ratelimit-limit"] = "3000",
                ["ratelimit-remaining"] = "0",
                ["ratelimit-reset"] = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            })
            : routes.Answer(r));
        FetchSummary s = await db.BlueskyAsync(FetchDb.Options(api, FetchDb.Now));
        Assert.Equal((ExitCodes.TryLater, 1, 2), (s.ExitCode, s.Pages, db.Complaints().Count));
        Assert.Contains("rate-limited by /xrpc/app.bsky.feed.searchPosts", s.StoppedBecause);
        Assert.Contains("\"next\":\"25\"", db.Cursor("bluesky", "acme.bsky.social"));
    }
}
