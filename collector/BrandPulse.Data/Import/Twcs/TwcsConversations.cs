using System.Globalization;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Finds the complaints in a file's tweets and their first responses. A complaint is a customer's tweet that starts a
/// conversation; its conversation is every tweet reachable from it through reply links (children's
/// <c>in_response_to_tweet_id</c> and the <c>response_tweet_id</c> lists), whatever the order of ids, rows or times;
/// it belongs to the brand it addresses, the first brand account it mentions (a registry account, or an account that
/// answers customers in the file), else to the brand of the first account that answers it; its first response is the
/// earliest tweet by that brand's accounts anywhere in the conversation, often an answer to the customer's follow-up.
/// Another brand's reply in the conversation is not its answer.
/// </summary>
internal sealed class TwcsConversations(
    IReadOnlyList<TwcsTweet> tweets,
    Dictionary<long, TwcsTweet> byId,
    IReadOnlyDictionary<long, int> rejectedLines,
    IReadOnlyDictionary<string, (string Handle, string Brand)> registryAccounts,
    string file,
    string source,
    Pseudonymizer pseudonymizer)
{
    private readonly Dictionary<long, TwcsTweet> _byId = byId;
    private readonly Dictionary<long, List<long>> _children = [];
    // Brand accounts by NameKey.OfHandle: the handle as the file (else the registry) writes it, and the brand it
    // belongs to (a registry brand's key, or the account's own key for an account the registry does not know).
    private readonly Dictionary<string, (string Handle, string Brand)> _brandAccounts = new(StringComparer.Ordinal);
    private readonly List<TwcsTweet> _replies = [];

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
        ["other_brand_first"] = 0,
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

            if (!t.Inbound && !_brandAccounts.ContainsKey(t.Author))
            {
                string key = NameKey.OfHandle(t.Author);
                _brandAccounts.TryAdd(key, (t.Author, registryAccounts.TryGetValue(key, out var registered) ? "r:" + registered.Brand : "a:" + key));
                _brandAccounts.TryAdd(t.Author, _brandAccounts[key]); // the common spelling, found without a key
            }
        }

        foreach ((string key, (string handle, string brand)) in registryAccounts)
        {
            _brandAccounts.TryAdd(key, (handle, "r:" + brand));
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
        (bool pointsOutside, int? rejectedLine) = Walk(complaint);
        if (rejectedLine is int line)
        {
            LeaveOut(complaint, $"its conversation includes the record rejected on line {line}");
            return;
        }

        // Whose complaint: the brand it addresses, else the brand that answers first.
        (string Handle, string Brand)? addressed = MentionedBrand(complaint);
        TwcsTweet? earliest = Earliest(null);
        if (addressed is null && earliest is not null)
        {
            addressed = AccountOf(earliest.Author);
        }

        TwcsTweet? first = addressed is { } a ? Earliest(a.Brand) : null;
        if (first is null && pointsOutside)
        {
            LeaveOut(complaint, "answer outside the file: the conversation points at replies that are not in it");
            return;
        }

        if (addressed is not { } whose)
        {
            Counts["unattributed"]++;
            Issues.Add(new ImportIssue(IssueKind.Unattributed, file, complaint.Line, null,
                "no brand reply in the file and no brand account mentioned", complaint.Record));
            return;
        }

        if (earliest is not null && !ReferenceEquals(earliest, first))
        {
            Counts["other_brand_first"]++;
        }

        string account = whose.Handle;
        long? substantiveAt = FirstSubstantive(whose.Brand);
        var input = new ComplaintInput(source, complaint.Id.ToString(CultureInfo.InvariantCulture), Channels.Twitter,
            account, null, complaint.CreatedAtMs, first?.CreatedAtMs, observedUntil,
            PseudonymOf(complaint.Author), ResponseKind: first?.AnswerKind, Line: complaint.Line,
            FirstSubstantiveAtMs: substantiveAt, ComplaintLanguage: complaint.Language, AnswerLanguage: first?.Language);
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
    /// Collects the brand tweets of the conversation (in <see cref="_replies"/>); says whether it points outside the
    /// file and which rejected record it includes, if any.
    /// </summary>
    private (bool PointsOutside, int? RejectedLine) Walk(TwcsTweet root)
    {
        if (_seen.Count > 64)
        {
            _seen = [];
        }

        HashSet<long> seen = _seen;
        Stack<TwcsTweet> pending = _pending;
        seen.Clear();
        pending.Clear();
        _replies.Clear();
        seen.Add(root.Id);
        pending.Push(root);
        bool outside = false;
        int? rejected = null;
        while (pending.TryPop(out TwcsTweet? t))
        {
            if (!t.Inbound)
            {
                _replies.Add(t);
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

        return (outside, rejected);
    }

    /// <summary>The earliest brand tweet of the conversation walked, by <paramref name="brand"/>'s accounts (any brand's if null).</summary>
    private TwcsTweet? Earliest(string? brand)
    {
        TwcsTweet? first = null;
        foreach (TwcsTweet t in _replies)
        {
            if ((brand is null || AccountOf(t.Author).Brand == brand) && (first is null || t.CreatedAtMs < first.CreatedAtMs
                || (t.CreatedAtMs == first.CreatedAtMs && t.Record < first.Record)))
            {
                first = t;
            }
        }

        return first;
    }

    /// <summary>When <paramref name="brand"/>'s first substantive answer in the conversation walked came, if any.</summary>
    private long? FirstSubstantive(string brand)
    {
        long? at = null;
        foreach (TwcsTweet t in _replies)
        {
            if (t.AnswerKind == AnswerKinds.Substantive && (at is null || t.CreatedAtMs < at) && AccountOf(t.Author).Brand == brand)
            {
                at = t.CreatedAtMs;
            }
        }

        return at;
    }

    /// <summary>The brand account that wrote a brand tweet (every such author is one).</summary>
    private (string Handle, string Brand) AccountOf(string author) => _brandAccounts[author];

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

    /// <summary>The first brand account the complaint mentions, with its brand, or null.</summary>
    private (string Handle, string Brand)? MentionedBrand(TwcsTweet complaint)
    {
        foreach (string mention in complaint.Mentions)
        {
            if (_brandAccounts.TryGetValue(mention, out var account) || _brandAccounts.TryGetValue(NameKey.OfHandle(mention), out account))
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
