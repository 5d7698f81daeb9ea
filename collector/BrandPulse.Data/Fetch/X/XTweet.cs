using System.Text.Json;

namespace BrandPulse.Data.Fetch.X;

/// <summary>A tweet from an X API v2 answer (<c>data[]</c>), its author's username joined from <c>includes.users[]</c>.</summary>
public sealed record XTweet(string Id, string ConversationId, string AuthorId, string? AuthorHandle, long CreatedAtMs, string Text, bool IsRetweet)
{
    public bool StartsConversation => Id == ConversationId;

    /// <summary>The tweets of an answer; throws <see cref="FetchStoppedException"/> (exit 1) naming <paramref name="path"/> when a field is missing.</summary>
    public static IReadOnlyList<XTweet> AllIn(JsonElement root, string path)
    {
        Dictionary<string, string> users = [];
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("includes", out JsonElement includes))
        {
            foreach (JsonElement user in JsonFields.Array(includes, "users", path))
            {
                users[JsonFields.Text(user, "id", path)] = JsonFields.Text(user, "username", path);
            }
        }

        var tweets = new List<XTweet>();
        foreach (JsonElement t in JsonFields.Array(root, "data", path))
        {
            string id = JsonFields.Text(t, "id", path);
            string author = JsonFields.Text(t, "author_id", path);
            bool retweet = t.TryGetProperty("referenced_tweets", out JsonElement refs) && refs.ValueKind == JsonValueKind.Array
                && refs.EnumerateArray().Any(r => JsonFields.OptionalText(r, "type") == "retweeted");
            tweets.Add(new XTweet(id, JsonFields.OptionalText(t, "conversation_id") ?? id, author, users.GetValueOrDefault(author),
                JsonFields.Time(t, "created_at", path), JsonFields.OptionalText(t, "text") ?? "", retweet));
        }

        return tweets;
    }
}
