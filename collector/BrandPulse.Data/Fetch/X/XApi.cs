using System.Text.Json;
using BrandPulse.Data.Classify;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Fetch.X;

/// <summary>
/// X API v2 recent search. Mentions of a brand account: <c>@HANDLE -from:HANDLE</c>, newest first, <c>since_id</c>
/// from the saved sweep, <c>next_token</c> for older pages; a complaint is a mention that starts its conversation
/// (<c>conversation_id == id</c>, not a retweet). The brand's replies: <c>conversation_id:ID from:HANDLE</c>.
/// Ids stay strings. The bearer token goes in the Authorization header only.
/// </summary>
public sealed class XApi(ApiClient client) : IMentionApi
{
    public const string SourceName = "x";
    public const string TokenVariable = "BRANDPULSE_X_BEARER_TOKEN";
    public const string ResetHeader = "x-rate-limit-reset";
    private const string SearchPath = "/2/tweets/search/recent";
    private const string Fields = "tweet.fields=created_at,conversation_id,author_id,in_reply_to_user_id,referenced_tweets&expansions=author_id&max_results=100";

    public string Source => SourceName;

    public string Channel => Channels.Twitter;

    public int Requests => client.Requests;

    public async Task<MentionPage> PageAsync(BrandAccount account, SweepCursor cursor, CancellationToken ct)
    {
        string query = $"{SearchPath}?query={Uri.EscapeDataString($"@{account.Handle} -from:{account.Handle}")}&{Fields}"
            + (cursor.Since is null ? "" : $"&since_id={Uri.EscapeDataString(cursor.Since)}")
            + (cursor.Next is null ? "" : $"&next_token={Uri.EscapeDataString(cursor.Next)}");
        using JsonDocument doc = await client.GetJsonAsync(query, ct);
        IReadOnlyList<XTweet> tweets = XTweet.AllIn(doc.RootElement, SearchPath);
        JsonElement meta = doc.RootElement.TryGetProperty("meta", out JsonElement m) ? m : default;
        Mention[] complaints =
        [
            .. tweets.Where(t => t.StartsConversation && !t.IsRetweet
                                 && !string.Equals(t.AuthorHandle, account.Handle, StringComparison.OrdinalIgnoreCase))
                .Select(t => new Mention(t.Id, t.CreatedAtMs, t.AuthorHandle ?? $"x-user:{t.AuthorId}")),
        ];
        return new MentionPage(complaints, JsonFields.OptionalText(meta, "newest_id"), JsonFields.OptionalText(meta, "next_token"));
    }

    public async Task<IReadOnlyList<BrandReply>> RepliesAsync(BrandAccount account, Mention complaint, CancellationToken ct)
    {
        string query = $"{SearchPath}?query={Uri.EscapeDataString($"conversation_id:{complaint.Key} from:{account.Handle}")}&{Fields}";
        using JsonDocument doc = await client.GetJsonAsync(query, ct);
        return
        [
            .. XTweet.AllIn(doc.RootElement, SearchPath)
                .Where(t => t.Id != complaint.Key && t.ConversationId == complaint.Key)
                .Select(t => new BrandReply(t.CreatedAtMs, t.Text)),
        ];
    }
}
