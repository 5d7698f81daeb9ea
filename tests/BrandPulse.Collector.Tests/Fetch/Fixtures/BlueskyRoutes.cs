namespace BrandPulse.Collector.Tests.Fetch;

/// <summary>
/// The recorded Bluesky AppView answers for acme.bsky.social: two pages of search results (a complaint backdated to
/// 2019, one dated before 1970, a reply and the brand's own post that are not complaints), the profile, and threads
/// (a brand reply dated a year ahead, one backdated before its complaint, one from the brand's DID under a new handle).
/// </summary>
internal sealed class BlueskyRoutes
{
    public FakeResponse Answer(FakeRequest r) => r.Path switch
    {
        "/xrpc/app.bsky.actor.getProfile" => FakeResponse.Fixture("bluesky/profile.json"),
        "/xrpc/app.bsky.feed.searchPosts" => FakeResponse.Fixture(
            r.Query["since"] is not null ? "bluesky/search_empty.json"
            : r.Query["cursor"] == "25" ? "bluesky/search_page2.json"
            : "bluesky/search_page1.json"),
        "/xrpc/app.bsky.feed.getPostThread" => FakeResponse.Fixture($"bluesky/thread_{(r.Query["uri"] ?? "").Split('/')[^1]}.json"),
        _ => new FakeResponse(404, """{"error":"MethodNotImplemented"}"""),
    };
}
