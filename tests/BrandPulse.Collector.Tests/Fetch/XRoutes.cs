namespace BrandPulse.Collector.Tests.Fetch;

/// <summary>
/// The recorded X API answers: mentions of @AcmeHelp on two pages (newest first), newer ones after since_id, and
/// each conversation's replies by the brand; complaint ...105 is unanswered until <see cref="Answered"/> is set.
/// </summary>
internal sealed class XRoutes
{
    public const string Token = "BP-CANARY-SECRET-5c1d9e7a";
    public const string NextToken = "b26v89c19zqg8o3fpzbkk";

    public bool Answered { get; set; }

    public FakeResponse Answer(FakeRequest r)
    {
        if (r.Path != "/2/tweets/search/recent" || r.Authorization != "Bearer " + Token)
        {
            return new FakeResponse(r.Authorization is null ? 401 : 404, """{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}""");
        }

        string query = r.Query["query"] ?? "";
        if (query.StartsWith("conversation_id:", StringComparison.Ordinal))
        {
            string id = query["conversation_id:".Length..].Split(' ')[0];
            string name = id == "1786000000000000105" && Answered ? $"x/conversation_{id}_answered.json" : $"x/conversation_{id}.json";
            return File.Exists(FakeResponse.FixturePath(name)) ? FakeResponse.Fixture(name) : FakeResponse.Fixture("x/empty.json");
        }

        return r.Query["since_id"] is not null ? FakeResponse.Fixture("x/mentions_since.json")
            : r.Query["next_token"] == NextToken ? FakeResponse.Fixture("x/mentions_page2.json")
            : FakeResponse.Fixture("x/mentions_page1.json");
    }

    public static bool IsMentions(FakeRequest r) => !(r.Query["query"] ?? "").StartsWith("conversation_id:", StringComparison.Ordinal);
}
