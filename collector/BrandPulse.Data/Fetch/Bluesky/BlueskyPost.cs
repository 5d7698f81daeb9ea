using System.Text.Json;

namespace BrandPulse.Data.Fetch.Bluesky;

/// <summary>A post view (<c>app.bsky.feed.defs#postView</c>) as the AppView returns it.</summary>
public sealed record BlueskyPost(string Uri, string AuthorDid, string AuthorHandle, string Text, string? CreatedAt, long IndexedAtMs, bool IsReply, IReadOnlyList<string> MentionedDids)
{
    public long SortAtMs => BlueskyTime.SortAt(CreatedAt, IndexedAtMs);

    public bool IsBy(string handle, string? did) =>
        string.Equals(AuthorHandle, handle, StringComparison.OrdinalIgnoreCase) || (did is not null && AuthorDid == did);

    public bool Mentions(string handle, string? did) =>
        Text.Contains("@" + handle, StringComparison.OrdinalIgnoreCase) || (did is not null && MentionedDids.Contains(did));

    public static BlueskyPost From(JsonElement post, string path)
    {
        JsonElement author = post.TryGetProperty("author", out JsonElement a) ? a : throw JsonFields.Unexpected(path, "a post has no 'author'");
        JsonElement record = post.TryGetProperty("record", out JsonElement r) ? r : throw JsonFields.Unexpected(path, "a post has no 'record'");
        var mentioned = new List<string>();
        foreach (JsonElement facet in JsonFields.Array(record, "facets", path))
        {
            foreach (JsonElement feature in JsonFields.Array(facet, "features", path))
            {
                if (JsonFields.OptionalText(feature, "did") is { } did)
                {
                    mentioned.Add(did);
                }
            }
        }

        return new BlueskyPost(JsonFields.Text(post, "uri", path), JsonFields.Text(author, "did", path), JsonFields.Text(author, "handle", path),
            JsonFields.OptionalText(record, "text") ?? "", JsonFields.OptionalText(record, "createdAt"),
            JsonFields.Time(post, "indexedAt", path), record.TryGetProperty("reply", out _), mentioned);
    }
}
