using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Turns CSV records into <see cref="TwcsTweet"/>s, or into a Rejected issue naming the line, the field and why.
/// Brand author ids are interned: a brand writes thousands of tweets under one name.
/// </summary>
internal sealed class TwcsTweetReader(TwcsColumns columns, string file)
{
    private readonly Dictionary<string, string> _authors = new(StringComparer.Ordinal);

    /// <summary>
    /// The tweet, or null with the issue; <paramref name="id"/> is the tweet's id when it could be read. A brand's tweet
    /// comes without its answer kind and with its <paramref name="text"/>, classified later in parallel; a customer's conversation start also gives its text, for its language
    /// (<see cref="TwcsAnswerKinds"/>): the classifier is most of an import's time.
    /// </summary>
    public TwcsTweet? Read(CsvRecord r, out ImportIssue? issue, out long? id, out string? text)
    {
        id = null;
        issue = null;
        text = null;
        if (r.Fields.Count != columns.Count)
        {
            issue = Reject(r, null, $"expected {columns.Count} fields, found {r.Fields.Count}");
            return null;
        }

        if (r.Fields[columns.TweetId] is { } rawId && TwcsValues.TryId(rawId, out long parsed, out _))
        {
            id = parsed;
        }

        if (r.Error is { } error)
        {
            issue = Reject(r, NameOf(error.Field), error.Reason);
            return null;
        }

        string? reason;
        if (!TwcsValues.TryId(r.Fields[columns.TweetId]!, out long tweetId, out reason))
        {
            issue = Reject(r, TwcsColumns.TweetIdName, reason!);
            return null;
        }

        string author = r.Fields[columns.AuthorId]!.Trim();
        if (author.Length == 0)
        {
            issue = Reject(r, TwcsColumns.AuthorIdName, "author_id is empty");
            return null;
        }

        // An author seen before was checked then (only checked authors are interned, under what they were written as).
        bool known = _authors.TryGetValue(author, out string? interned);
        if (!known && CleanText.HasControl(author))
        {
            issue = Reject(r, TwcsColumns.AuthorIdName, "author_id contains control characters");
            return null;
        }

        if (!known && author.Any(NameKey.IsInvisible))
        {
            // A zero-width space or a bidi mark pasted into an id: the same author once removed (never quoted: it may
            // be a customer's).
            string clean = NameKey.Clean(author);
            if (clean.Length == 0)
            {
                issue = Reject(r, TwcsColumns.AuthorIdName, "author_id holds only invisible characters");
                return null;
            }

            issue = new ImportIssue(IssueKind.Warning, file, r.Line, TwcsColumns.AuthorIdName,
                "author_id holds invisible characters (zero-width, byte-order or bidi marks): removed, and matched without them", r.Number);
            interned = _authors.TryGetValue(clean, out string? seen) ? seen : clean;
            _authors[clean] = interned;
        }

        if (!TwcsValues.TryBool(r.Fields[columns.Inbound]!, out bool inbound, out reason))
        {
            issue = Reject(r, TwcsColumns.InboundName, reason!);
            return null;
        }

        if (!TwcsValues.TryCreatedAt(r.Fields[columns.CreatedAt]!, out long createdAt, out reason))
        {
            issue = Reject(r, TwcsColumns.CreatedAtName, reason!);
            return null;
        }

        long? inResponseTo = null;
        string parent = r.Fields[columns.InResponseToTweetId]!;
        if (parent.Trim().Length > 0)
        {
            if (!TwcsValues.TryId(parent, out long parentId, out reason))
            {
                issue = Reject(r, TwcsColumns.InResponseToTweetIdName, reason!);
                return null;
            }

            inResponseTo = parentId;
        }

        string responseIds = r.Fields[columns.ResponseTweetId]!;
        string[] parts = responseIds.Length == 0 ? []
            : responseIds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        long[] responses = parts.Length == 0 ? [] : new long[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!TwcsValues.TryId(parts[i], out responses[i], out reason))
            {
                issue = Reject(r, TwcsColumns.ResponseTweetIdName, reason!);
                return null;
            }
        }

        // Only a customer's tweet that starts a conversation can need its mentions (to find the brand it addresses).
        string[] mentions = inbound && inResponseTo is null ? Mentions.In(r.Fields[columns.Text]!) : [];
        // Brand accounts are interned; customers only when cleaned (thousands of them, each seen a few times).
        if (!known && (!inbound || interned is not null))
        {
            _authors[author] = interned ??= author;
        }

        text = !inbound || inResponseTo is null ? r.Fields[columns.Text]! : null;
        return new TwcsTweet(tweetId, interned ?? author, inbound, createdAt, inResponseTo, responses, mentions, r.Line, r.Number);
    }

    private string NameOf(int field) =>
        field == columns.TweetId ? TwcsColumns.TweetIdName
        : field == columns.AuthorId ? TwcsColumns.AuthorIdName
        : field == columns.Inbound ? TwcsColumns.InboundName
        : field == columns.CreatedAt ? TwcsColumns.CreatedAtName
        : field == columns.Text ? TwcsColumns.TextName
        : field == columns.ResponseTweetId ? TwcsColumns.ResponseTweetIdName
        : field == columns.InResponseToTweetId ? TwcsColumns.InResponseToTweetIdName
        : $"column {field + 1}";

    private ImportIssue Reject(CsvRecord r, string? field, string reason) =>
        new(IssueKind.Rejected, file, r.Line, field, reason, r.Number);
}
