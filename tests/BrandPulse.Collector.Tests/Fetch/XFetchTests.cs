using BrandPulse.Data.Fetch;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;

namespace BrandPulse.Collector.Tests.Fetch;

public sealed class XFetchTests
{
    private static long Ms(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    [Fact]
    public async Task Collects_every_page_classifies_first_replies_and_saves_the_cursor()
    {
        // Given two pages of mentions: three complaints, one follow-up that is not a complaint
        using var db = new FetchDb();
        var routes = new XRoutes();
        using var api = new FakeApi(routes.Answer);

        // When
        FetchSummary s = await db.XAsync(FetchDb.Options(api, FetchDb.Now));

        // Then
        Assert.Equal((0, 2, 3, 1), (s.ExitCode, s.Pages, s.Inserted, s.Waiting));
        IReadOnlyList<ComplaintRowView> rows = db.Complaints();
        Assert.Equal(["1786000000000000101", "1786000000000000103", "1786000000000000105"], rows.Select(r => r.SourceKey));
        Assert.Equal((Ms("2024-05-02T09:00:00Z"), Ms("2024-05-02T09:10:00Z"), AnswerKinds.PrivateChannel, (long?)null),
            (rows[0].ComplainedAtMs, rows[0].FirstResponseAtMs, rows[0].ResponseKind, rows[0].FirstSubstantiveAtMs));
        Assert.Equal((Ms("2024-05-02T09:35:00Z"), AnswerKinds.Substantive, Ms("2024-05-02T09:35:00Z")),
            (rows[1].FirstResponseAtMs, rows[1].ResponseKind, rows[1].FirstSubstantiveAtMs));
        Assert.Equal((null, null, FetchDb.Now.ToUnixTimeMilliseconds()), (rows[2].FirstResponseAtMs, rows[2].ResponseKind, rows[2].ObservedUntilMs));
        Assert.All(rows, r => Assert.Matches("^[0-9a-f]{16}$", r.ComplainantPseudonym!));
        Assert.Equal("""{"since":"1786000000000000105","pending_newest":null,"next":null}""", db.Cursor("x", "acmehelp"));

        FakeRequest first = api.Requests[0];
        Assert.Equal(("@AcmeHelp -from:AcmeHelp", "100", "Bearer " + XRoutes.Token), (first.Query["query"], first.Query["max_results"], first.Authorization));
        Assert.Contains("conversation_id", first.Query["tweet.fields"]);
        Assert.Equal(XRoutes.NextToken, api.Requests.Where(XRoutes.IsMentions).Last().Query["next_token"]);
    }

    [Fact]
    public async Task A_later_run_asks_only_for_newer_mentions_and_finds_the_reply_of_a_waiting_complaint()
    {
        // Given a first run that left complaint ...105 waiting
        using var db = new FetchDb();
        var routes = new XRoutes();
        using var api = new FakeApi(routes.Answer);
        await db.XAsync(FetchDb.Options(api, FetchDb.Now));
        api.Log.Clear();

        // When the brand has answered it (an acknowledgement, then an answer) and the collector runs again
        routes.Answered = true;
        FetchSummary s = await db.XAsync(FetchDb.Options(api, FetchDb.Later));

        // Then only mentions since the saved newest id were asked for, and the waiting complaint is answered
        Assert.Equal("1786000000000000105", api.Requests.Single(XRoutes.IsMentions).Query["since_id"]);
        Assert.Equal((0, 1, 2), (s.ExitCode, s.Inserted, s.Updated)); // ...105 answered; ...101 (only a DM request so far) observed longer
        ComplaintRowView answered = db.Complaints().Single(r => r.SourceKey == "1786000000000000105");
        Assert.Equal((Ms("2024-05-02T12:20:00Z"), AnswerKinds.Automatic, Ms("2024-05-02T12:45:00Z"), FetchDb.Later.ToUnixTimeMilliseconds()),
            (answered.FirstResponseAtMs, answered.ResponseKind, answered.FirstSubstantiveAtMs, answered.ObservedUntilMs));
        Assert.Equal("""{"since":"1786000000000000107","pending_newest":null,"next":null}""", db.Cursor("x", "acmehelp"));
    }

    [Fact]
    public async Task Issue_API01_a_429_with_a_near_reset_is_waited_out()
    {
        // Given a 429 on the first request whose x-rate-limit-reset is one second away
        using var db = new FetchDb();
        var routes = new XRoutes();
        using var api = new FakeApi(r => r.Number == 1
            ? new FakeResponse(429, """{"title":"Too Many Requests","status":429}""", new Dictionary<string, string>
            {
                ["x-rate-limit-reset"] = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            : routes.Answer(r));

        // When
        FetchSummary s = await db.XAsync(FetchDb.Options(api, FetchDb.Now));

        // Then it waited until the reset and finished
        Assert.Equal((0, 3), (s.ExitCode, s.Inserted));
        Assert.True(api.Requests[1].At >= DateTimeOffset.FromUnixTimeSeconds(api.Requests[0].At.AddSeconds(1).ToUnixTimeSeconds()));
    }

    [Fact]
    public async Task Issue_API04_a_reset_hours_away_stops_with_75_keeping_page_one_and_a_rerun_completes()
    {
        // Given a 429 on the second page of mentions with the reset two hours away
        using var db = new FetchDb();
        var routes = new XRoutes();
        bool limited = true;
        using var api = new FakeApi(r => limited && r.Query["next_token"] is not null
            ? new FakeResponse(429, "{}", new Dictionary<string, string> { ["x-rate-limit-reset"] = DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) })
            : routes.Answer(r));

        // When
        FetchSummary s = await db.XAsync(FetchDb.Options(api, FetchDb.Now));

        // Then it stopped at once with 75, page one and its cursor stored
        Assert.Equal((ExitCodes.TryLater, 1, 2), (s.ExitCode, s.Pages, db.Complaints().Count));
        Assert.Contains("rate-limited by /2/tweets/search/recent until", s.StoppedBecause);
        Assert.Equal(1, api.Requests.Count(r => r.Query["next_token"] is not null));
        Assert.Contains(XRoutes.NextToken, db.Cursor("x", "acmehelp"));

        // And a rerun once the limit is lifted gives what one clean run gives
        limited = false;
        Assert.Equal(0, (await db.XAsync(FetchDb.Options(api, FetchDb.Now))).ExitCode);
        using var clean = new FetchDb();
        using var cleanApi = new FakeApi(new XRoutes().Answer);
        await clean.XAsync(FetchDb.Options(cleanApi, FetchDb.Now));
        Assert.Equal(clean.CanonicalDump(), db.CanonicalDump());
    }

    [Fact]
    public async Task Issue_API05_5xx_is_retried_then_succeeds_and_a_lasting_5xx_stops_with_75()
    {
        using var db = new FetchDb();
        var routes = new XRoutes();
        using var api = new FakeApi(r => r.Number <= 2 ? new FakeResponse(503, "Service Unavailable") : routes.Answer(r));
        Assert.Equal((0, 3), ((await db.XAsync(FetchDb.Options(api, FetchDb.Now))) is var s ? (s.ExitCode, s.Inserted) : default));

        api.Log.Clear();
        api.Handler = _ => new FakeResponse(500, "oops");
        FetchSummary failing = await db.XAsync(FetchDb.Options(api, FetchDb.Later));
        Assert.Equal(ExitCodes.TryLater, failing.ExitCode);
        Assert.Equal(3, api.Requests.Count); // the first attempt and MaxRetries = 2
        Assert.Contains("/2/tweets/search/recent is failing (HTTP 500, 3 attempts)", failing.StoppedBecause);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried_then_stops_with_75()
    {
        using var db = new FetchDb();
        using var api = new FakeApi(_ => new FakeResponse(200, "{}", Delay: TimeSpan.FromSeconds(3)));
        FetchSummary s = await db.XAsync(FetchDb.Options(api, FetchDb.Now) with { Timeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 });
        Assert.Equal(ExitCodes.TryLater, s.ExitCode);
        Assert.Equal(2, api.Requests.Count);
        Assert.Contains("no answer within 0.2 s", s.StoppedBecause);
    }

    [Fact]
    public async Task Malformed_json_stops_with_1_naming_the_path_and_keeps_the_pages_before_it()
    {
        using var db = new FetchDb();
        var routes = new XRoutes();
        using var api = new FakeApi(r => r.Query["next_token"] is not null ? FakeResponse.Fixture("x/malformed.json") : routes.Answer(r));
        FetchSummary s = await db.XAsync(FetchDb.Options(api, FetchDb.Now));
        Assert.Equal((ExitCodes.Failed, 1, 2), (s.ExitCode, s.Pages, db.Complaints().Count));
        Assert.StartsWith("malformed JSON from /2/tweets/search/recent", s.StoppedBecause);
        Assert.DoesNotContain(XRoutes.Token, s.StoppedBecause);
    }

    [Fact]
    public async Task Issue_PRV06_an_error_body_echoing_the_token_never_leaks_it()
    {
        // Given a 401 whose body echoes the Authorization header (echo_auth)
        using var db = new FetchDb();
        using var api = new FakeApi(r => new FakeResponse(401, $$"""{"detail":"bad token: {{r.Authorization}}"}"""));

        // When
        FetchSummary s = await db.XAsync(FetchDb.Options(api, FetchDb.Now));

        // Then no retry, exit 1, and the token is nowhere: message, database
        Assert.Equal((ExitCodes.Failed, 1), (s.ExitCode, api.Requests.Count));
        Assert.Equal("/2/tweets/search/recent refused the credentials (HTTP 401); progress before it is saved", s.StoppedBecause);
        Assert.DoesNotContain(XRoutes.Token, db.FullDump());
    }
}
