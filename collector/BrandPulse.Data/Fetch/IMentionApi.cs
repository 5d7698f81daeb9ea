using BrandPulse.Data.Classify;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Fetch;

/// <summary>A post that starts a conversation with a brand account: a complaint. <see cref="Key"/> is its id on the platform.</summary>
public sealed record Mention(string Key, long AtMs, string AuthorHandle);

/// <summary>One page of mentions: the complaints in it, the newest mention's position, the token of the next older page.</summary>
public sealed record MentionPage(IReadOnlyList<Mention> Complaints, string? Newest, string? Next);

/// <summary>What <see cref="MentionCollector"/> needs from a platform (X, Bluesky).</summary>
public interface IMentionApi
{
    string Source { get; }

    string Channel { get; }

    int Requests { get; }

    Task<MentionPage> PageAsync(BrandAccount account, SweepCursor cursor, CancellationToken ct);

    /// <summary>The brand account's replies in the conversation <paramref name="complaint"/> started.</summary>
    Task<IReadOnlyList<BrandReply>> RepliesAsync(BrandAccount account, Mention complaint, CancellationToken ct);
}
