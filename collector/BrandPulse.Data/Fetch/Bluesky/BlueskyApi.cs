using System.Globalization;
using System.Text.Json;
using BrandPulse.Data.Classify;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Fetch.Bluesky;

/// <summary>
/// The public Bluesky AppView (no login). Mentions: <c>app.bsky.feed.searchPosts?q=HANDLE&amp;sort=latest</c>, newest
/// first, <c>since</c> from the saved sweep, <c>cursor</c> for older pages; a complaint is a top-level post (not a
/// reply) that mentions the account and is not by it. Replies: <c>app.bsky.feed.getPostThread</c>, the account's posts
/// anywhere in the thread, matched by handle or DID (<c>app.bsky.actor.getProfile</c>, once per account).
/// </summary>
public sealed class BlueskyApi(ApiClient client) : IMentionApi
{
    public const string SourceName = "bluesky";
    public const string ResetHeader = "ratelimit-reset";
    public static readonly Uri DefaultBaseUrl = new("https://public.api.bsky.app");
    private const string SearchPath = "/xrpc/app.bsky.feed.searchPosts";
    private const string ThreadPath = "/xrpc/app.bsky.feed.getPostThread";
    private const string ProfilePath = "/xrpc/app.bsky.actor.getProfile";
    private readonly Dictionary<string, string?> _dids = new(StringComparer.Ordinal);

    public string Source => SourceName;

    public string Channel => Channels.Bluesky;

    public int Requests => client.Requests;

    public async Task<MentionPage> PageAsync(BrandAccount account, SweepCursor cursor, CancellationToken ct)
    {
        string? did = await DidAsync(account, ct);
        string query = $"{SearchPath}?q={Uri.EscapeDataString(account.Handle)}&sort=latest&limit=100"
            + (cursor.Since is null ? "" : $"&since={Uri.EscapeDataString(cursor.Since)}")
            + (cursor.Next is null ? "" : $"&cursor={Uri.EscapeDataString(cursor.Next)}");
        using JsonDocument doc = await client.GetJsonAsync(query, ct);
        BlueskyPost[] posts = [.. JsonFields.Array(doc.RootElement, "posts", SearchPath).Select(p => BlueskyPost.From(p, SearchPath))];
        Mention[] complaints =
        [
            .. posts.Where(p => !p.IsReply && !p.IsBy(account.Handle, did) && p.Mentions(account.Handle, did))
                .Select(p => new Mention(p.Uri, p.SortAtMs, p.AuthorHandle)),
        ];
        string? newest = posts.Length == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(
            posts.Max(p => BlueskyTime.PlatformSortAt(p.CreatedAt, p.IndexedAtMs))).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        string? next = posts.Length == 0 ? null : JsonFields.OptionalText(doc.RootElement, "cursor");
        return new MentionPage(complaints, newest, next);
    }

    public async Task<IReadOnlyList<BrandReply>> RepliesAsync(BrandAccount account, Mention complaint, CancellationToken ct)
    {
        string? did = await DidAsync(account, ct);
        using JsonDocument doc = await client.GetJsonAsync($"{ThreadPath}?uri={Uri.EscapeDataString(complaint.Key)}&depth=10", ct);
        var replies = new List<BrandReply>();
        if (doc.RootElement.TryGetProperty("thread", out JsonElement thread))
        {
            Collect(thread, isRoot: true);
        }

        return replies;

        void Collect(JsonElement node, bool isRoot)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("post", out JsonElement postJson))
            {
                return; // notFoundPost, blockedPost
            }

            BlueskyPost post = BlueskyPost.From(postJson, ThreadPath);
            if (!isRoot && post.IsBy(account.Handle, did))
            {
                replies.Add(new BrandReply(BlueskyTime.ReplyAt(post.CreatedAt, post.IndexedAtMs, complaint.AtMs), post.Text));
            }

            foreach (JsonElement child in JsonFields.Array(node, "replies", ThreadPath))
            {
                Collect(child, isRoot: false);
            }
        }
    }

    private async Task<string?> DidAsync(BrandAccount account, CancellationToken ct)
    {
        if (!_dids.TryGetValue(account.AccountKey, out string? did))
        {
            using JsonDocument doc = await client.GetJsonAsync($"{ProfilePath}?actor={Uri.EscapeDataString(account.Handle)}", ct);
            _dids[account.AccountKey] = did = JsonFields.OptionalText(doc.RootElement, "did");
        }

        return did;
    }
}
