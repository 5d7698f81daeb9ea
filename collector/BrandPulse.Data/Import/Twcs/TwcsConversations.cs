using System.Globalization;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Finds the complaints in a file's tweets and their first responses. A complaint is a customer's tweet that starts a
/// conversation; its conversation is every tweet reachable from it through reply links (children's
/// <c>in_response_to_tweet_id</c> and the <c>response_tweet_id</c> lists), whatever the order of ids, rows or times;
/// its first response is the earliest brand tweet anywhere in it, often an answer to the customer's follow-up.
/// </summary>
internal sealed class TwcsConversations(
    IReadOnlyList<TwcsTweet> tweets,
    Dictionary<long, TwcsTweet> byId,
    IReadOnlyDictionary<long, int> rejectedLines,
    IReadOnlySet<string> registryAccounts,
    string file,
    string source,
    Pseudonymizer pseudonymizer)
{
    private readonly Dictionary<long, TwcsTweet> _byId = byId;
    private readonly Dictionary<long, List<long>> _children = [];
    private readonly Dictionary<string, string> _brandAccounts = new(StringComparer.OrdinalIgnoreCase);

    // Customers complain many times under one (interned) author id: one keyed hash each.
    private readonly Dictionary<string, string> _pseudonyms = new(StringComparer.Ordinal);

    // One walk at a time: its seen set and stack are reused from complaint to complaint (the set is replaced after a
    // long conversation, as clearing it costs its capacity).
    private HashSet<long> _seen = [];
    private readonly Stack<TwcsTweet> _pending = new();

    public List<ComplaintInput> Complaints { get; } = [];

    public List<ImportIssue> Issues { get; } = [];

    public Dictionary<string, long> Counts { get; } = new(StringComparer.Ordinal)
    {
        ["complaints"] = 0,
        ["answered"] = 0,
        ["waiting"] = 0,
        ["unattributed"] = 0,
        ["left_out"] = 0,
        ["brand_started"] = 0,
        ["orphan_replies"] = 0,
        ["negative_latency"] = 0,
    };

    public void Resolve()
    {
        foreach (TwcsTweet t in tweets)
        {
            if (t.InResponseTo is long parent)
            {
                if (_byId.ContainsKey(parent))
                {
                    (_children.TryGetValue(parent, out List<long>? list) ? list : _children[parent] = []).Add(t.Id);
                }
                else
                {
                    Counts["orphan_replies"]++; // replies to tweets outside the file: ignored
                }
            }

            if (!t.Inbound)
            {
                _brandAccounts.TryAdd(t.Author, t.Author);
            }
        }

        foreach (string account in registryAccounts)
        {
            string handle = account.Trim().TrimStart('@');
            if (handle.Length > 0)
            {
                _brandAccounts.TryAdd(handle, handle);
            }
        }

        long observedUntil = 0;
        for (int i = 0; i < tweets.Count; i++)
        {
            observedUntil = i == 0 ? tweets[i].CreatedAtMs : Math.Max(observedUntil, tweets[i].CreatedAtMs);
        }

        foreach (TwcsTweet root in tweets)
        {
            if (root.InResponseTo is not null)
            {
                continue;
            }

            if (!root.Inbound)
            {
                Counts["brand_started"]++;
                continue;
            }

            Counts["complaints"]++;
            Attribute(root, observedUntil);
        }
    }

    private void Attribute(TwcsTweet complaint, long observedUntil)
    {
        (TwcsTweet? first, bool pointsOutside, int? rejectedLine, long? substantiveAt) = Walk(complaint);
        if (rejectedLine is int line)
        {
            LeaveOut(complaint, $"its conversation includes the record rejected on line {line}");
            return;
        }

        string? account = first?.Author;
        if (first is null)
        {
            if (pointsOutside)
            {
                LeaveOut(complaint, "answer outside the file: the conversation points at replies that are not in it");
                return;
            }

            account = MentionedBrand(complaint);
            if (account is null)
            {
                Counts["unattributed"]++;
                Issues.Add(new ImportIssue(IssueKind.Unattributed, file, complaint.Line, null,
                    "no brand reply in the file and no brand account mentioned", complaint.Record));
                return;
            }
        }

        var input = new ComplaintInput(source, complaint.Id.ToString(CultureInfo.InvariantCulture), Channels.Twitter,
            account, null, complaint.CreatedAtMs, first?.CreatedAtMs, observedUntil,
            PseudonymOf(complaint.Author), ResponseKind: first?.AnswerKind, Line: complaint.Line,
            FirstSubstantiveAtMs: substantiveAt);
        Complaints.Add(input);
        Counts[first is null ? "waiting" : "answered"]++;
        if (input.Quality is not null)
        {
            Counts["negative_latency"]++;
            double minutes = (complaint.CreatedAtMs - first!.CreatedAtMs) / 60_000.0;
            Issues.Add(new ImportIssue(IssueKind.Warning, file, complaint.Line, TwcsColumns.CreatedAtName,
                $"first response (line {first.Line}) is {minutes.ToString("0.#", CultureInfo.InvariantCulture)} min "
                + $"earlier than the complaint: kept, flagged {input.Quality}", complaint.Record));
        }
    }

    /// <summary>
    /// The earliest brand tweet of the conversation, whether it points outside the file, any rejected part, and when
    /// the first substantive brand answer came.
    /// </summary>
    private (TwcsTweet? First, bool PointsOutside, int? RejectedLine, long? FirstSubstantiveAtMs) Walk(TwcsTweet root)
    {
        if (_seen.Count > 64)
        {
            _seen = [];
        }

        HashSet<long> seen = _seen;
        Stack<TwcsTweet> pending = _pending;
        seen.Clear();
        pending.Clear();
        seen.Add(root.Id);
        pending.Push(root);
        TwcsTweet? first = null;
        long? substantive = null;
        bool outside = false;
        int? rejected = null;
        while (pending.TryPop(out TwcsTweet? t))
        {
            if (!t.Inbound && (first is null || t.CreatedAtMs < first.CreatedAtMs
                || (t.CreatedAtMs == first.CreatedAtMs && t.Record < first.Record)))
            {
                first = t;
            }

            if (!t.Inbound && t.AnswerKind == AnswerKinds.Substantive && (substantive is null || t.CreatedAtMs < substantive))
            {
                substantive = t.CreatedAtMs;
            }

            if (_children.TryGetValue(t.Id, out List<long>? children))
            {
                foreach (long id in children)
                {
                    Follow(id, ref outside, ref rejected);
                }
            }

            foreach (long id in t.Responses)
            {
                Follow(id, ref outside, ref rejected);
            }
        }

        return (first, outside, rejected, substantive);
    }

    /// <summary>Queues the reply <paramref name="id"/> once, or notes that it is rejected or outside the file.</summary>
    private void Follow(long id, ref bool outside, ref int? rejected)
    {
        if (_byId.TryGetValue(id, out TwcsTweet? reply))
        {
            if (_seen.Add(id))
            {
                _pending.Push(reply); // the seen set also stops cycles
            }
        }
        else if (rejectedLines.TryGetValue(id, out int line))
        {
            rejected ??= line;
        }
        else
        {
            outside = true;
        }
    }

    /// <summary>The first brand account the complaint mentions, or null.</summary>
    private string? MentionedBrand(TwcsTweet complaint)
    {
        foreach (string mention in complaint.Mentions)
        {
            if (_brandAccounts.TryGetValue(mention, out string? account))
            {
                return account;
            }
        }

        return null;
    }

    private string PseudonymOf(string author)
    {
        if (!_pseudonyms.TryGetValue(author, out string? pseudonym))
        {
            _pseudonyms[author] = pseudonym = pseudonymizer.Of(author);
        }

        return pseudonym;
    }

    private void LeaveOut(TwcsTweet complaint, string reason)
    {
        Counts["left_out"]++;
        Issues.Add(new ImportIssue(IssueKind.LeftOut, file, complaint.Line, null, reason, complaint.Record));
    }
}
