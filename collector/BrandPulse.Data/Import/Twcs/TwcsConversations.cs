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
    TwcsTweetTable tweets,
    TwcsIdIndex byId,
    IReadOnlyDictionary<long, int> rejectedLines,
    IReadOnlyDictionary<string, (string Handle, string Brand)> registryAccounts,
    string file)
{
    // Each tweet's replies within the file (by in_response_to_tweet_id), as row numbers in file order: those of row i
    // are _children[_childStart[i + 1] .. _childStart[i + 2]].
    private int[] _childStart = [];
    private int[] _children = [];

    // Brand accounts by NameKey.OfHandle: the handle as the file (else the registry) writes it, and the brand it
    // belongs to (a registry brand's key, or the account's own key for an account the registry does not know).
    private readonly Dictionary<string, (string Handle, string Brand)> _brandAccounts = new(StringComparer.Ordinal);
    private readonly List<int> _replies = [];
    private readonly Dictionary<string, int> _accountIndex = new(StringComparer.Ordinal);

    /// <summary>The brand accounts complaints belong to, as <see cref="TwcsComplaintRow.Account"/> indexes them.</summary>
    public List<string> Accounts { get; } = [];

    // One walk at a time: its seen set and stack are reused from complaint to complaint (the set is replaced after a
    // long conversation, as clearing it costs its capacity).
    private HashSet<int> _seen = [];
    private readonly Stack<int> _pending = new();

    /// <summary>The complaints found, in file order, in compact form (see <see cref="TwcsComplaints"/>).</summary>
    public TwcsComplaintRows Complaints { get; } = new();

    /// <summary>The latest time of any tweet in the file, or null for a file without tweets.</summary>
    public long? ObservedUntilMs { get; private set; }

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
        int count = tweets.Count;
        _childStart = new int[count + 2];
        for (int i = 0; i < count; i++)
        {
            ref TwcsTweetRow t = ref tweets[i];
            if (t.HasParent)
            {
                if (byId.TryGetValue(t.InResponseTo, out int parent))
                {
                    _childStart[parent + 1]++;
                }
                else
                {
                    Counts["orphan_replies"]++; // replies to tweets outside the file: ignored
                }
            }

            string? author = t.Inbound ? null : tweets.Strings[t.Author];
            if (author is not null && !_brandAccounts.ContainsKey(author))
            {
                string key = NameKey.OfHandle(author);
                _brandAccounts.TryAdd(key, (author, registryAccounts.TryGetValue(key, out var registered) ? "r:" + registered.Brand : "a:" + key));
                _brandAccounts.TryAdd(author, _brandAccounts[key]); // the common spelling, found without a key
            }

            ObservedUntilMs = ObservedUntilMs is long until ? Math.Max(until, t.CreatedAtMs) : t.CreatedAtMs;
        }

        // Counts to ends: _childStart[p + 1] is where p's replies end; placing each reply at its parent's end, last
        // first, moves that to p's start (no second array), and _childStart[p + 2] is then p's end.
        for (int i = 1; i <= count; i++)
        {
            _childStart[i] += _childStart[i - 1];
        }

        _childStart[count + 1] = _childStart[count];
        _children = new int[_childStart[count]];
        for (int i = count - 1; i >= 0; i--)
        {
            ref TwcsTweetRow t = ref tweets[i];
            if (t.HasParent && byId.TryGetValue(t.InResponseTo, out int parent))
            {
                _children[--_childStart[parent + 1]] = i;
            }
        }

        foreach ((string key, (string handle, string brand)) in registryAccounts)
        {
            _brandAccounts.TryAdd(key, (handle, "r:" + brand));
        }

        for (int i = 0; i < count; i++)
        {
            ref TwcsTweetRow root = ref tweets[i];
            if (root.HasParent)
            {
                continue;
            }

            if (!root.Inbound)
            {
                Counts["brand_started"]++;
                continue;
            }

            Counts["complaints"]++;
            if (Attribute(i, out TwcsComplaintRow row))
            {
                Complaints.Add(row);
            }
        }

        Complaints.Complete();
    }

    private bool Attribute(int root, out TwcsComplaintRow row)
    {
        ref TwcsTweetRow complaint = ref tweets[root];
        row = default;
        (bool pointsOutside, int? rejectedLine) = Walk(root);
        if (rejectedLine is int line)
        {
            LeaveOut(complaint, $"its conversation includes the record rejected on line {line}");
            return false;
        }

        // Whose complaint: the brand it addresses, else the brand that answers first.
        (string Handle, string Brand)? addressed = MentionedBrand(root);
        int earliest = Earliest(null);
        if (addressed is null && earliest >= 0)
        {
            addressed = AccountOf(earliest);
        }

        int first = addressed is { } a ? Earliest(a.Brand) : -1;
        if (first < 0 && pointsOutside)
        {
            LeaveOut(complaint, "answer outside the file: the conversation points at replies that are not in it");
            return false;
        }

        if (addressed is not { } whose)
        {
            Counts["unattributed"]++;
            Issues.Add(new ImportIssue(IssueKind.Unattributed, file, complaint.Line, null,
                "no brand reply in the file and no brand account mentioned", complaint.Record));
            return false;
        }

        if (earliest >= 0 && earliest != first)
        {
            Counts["other_brand_first"]++;
        }

        long? substantiveAt = FirstSubstantive(whose.Brand);
        if (!_accountIndex.TryGetValue(whose.Handle, out int account))
        {
            _accountIndex[whose.Handle] = account = Accounts.Count;
            Accounts.Add(whose.Handle);
        }

        row = new TwcsComplaintRow
        {
            Id = complaint.Id,
            ComplainedAtMs = complaint.CreatedAtMs,
            Account = account,
            Line = complaint.Line,
            ComplaintLanguage = complaint.Language,
            FirstAtMs = TwcsComplaintRow.None,
            SubstantiveAtMs = substantiveAt ?? TwcsComplaintRow.None,
        };
        (row.Author, row.AuthorNumber) = tweets.StarterOf(root);
        Counts[first < 0 ? "waiting" : "answered"]++;
        if (first < 0)
        {
            return true;
        }

        ref TwcsTweetRow answer = ref tweets[first];
        row.FirstAtMs = answer.CreatedAtMs;
        row.ResponseKind = answer.AnswerKind;
        row.AnswerLanguage = answer.Language;
        if (answer.CreatedAtMs < complaint.CreatedAtMs)
        {
            Counts["negative_latency"]++;
            double minutes = (complaint.CreatedAtMs - answer.CreatedAtMs) / 60_000.0;
            Issues.Add(new ImportIssue(IssueKind.Warning, file, complaint.Line, TwcsColumns.CreatedAtName,
                $"first response (line {answer.Line}) is {minutes.ToString("0.#", CultureInfo.InvariantCulture)} min "
                + $"earlier than the complaint: kept, flagged {QualityFlags.NegativeLatency}", complaint.Record));
        }

        return true;
    }

    /// <summary>
    /// Collects the brand tweets of the conversation (in <see cref="_replies"/>); says whether it points outside the
    /// file and which rejected record it includes, if any.
    /// </summary>
    private (bool PointsOutside, int? RejectedLine) Walk(int root)
    {
        if (_seen.Count > 64)
        {
            _seen = [];
        }

        HashSet<int> seen = _seen;
        Stack<int> pending = _pending;
        seen.Clear();
        pending.Clear();
        _replies.Clear();
        seen.Add(root);
        pending.Push(root);
        bool outside = false;
        int? rejected = null;
        while (pending.TryPop(out int index))
        {
            ref TwcsTweetRow t = ref tweets[index];
            if (!t.Inbound)
            {
                _replies.Add(index);
            }

            for (int c = _childStart[index + 1]; c < _childStart[index + 2]; c++)
            {
                if (seen.Add(_children[c]))
                {
                    pending.Push(_children[c]); // the seen set also stops cycles
                }
            }

            foreach (long id in tweets.Responses(index))
            {
                Follow(id, ref outside, ref rejected);
            }
        }

        return (outside, rejected);
    }

    /// <summary>The earliest brand tweet of the conversation walked, by <paramref name="brand"/>'s accounts (any brand's if null), or -1.</summary>
    private int Earliest(string? brand)
    {
        int first = -1;
        foreach (int index in _replies)
        {
            ref TwcsTweetRow t = ref tweets[index];
            if ((brand is null || AccountOf(index).Brand == brand) && (first < 0 || t.CreatedAtMs < tweets[first].CreatedAtMs
                || (t.CreatedAtMs == tweets[first].CreatedAtMs && t.Record < tweets[first].Record)))
            {
                first = index;
            }
        }

        return first;
    }

    /// <summary>When <paramref name="brand"/>'s first substantive answer in the conversation walked came, if any.</summary>
    private long? FirstSubstantive(string brand)
    {
        long? at = null;
        foreach (int index in _replies)
        {
            ref TwcsTweetRow t = ref tweets[index];
            if (tweets.Decode(t.AnswerKind) == AnswerKinds.Substantive && (at is null || t.CreatedAtMs < at) && AccountOf(index).Brand == brand)
            {
                at = t.CreatedAtMs;
            }
        }

        return at;
    }

    /// <summary>The brand account that wrote a brand tweet (every such author is one).</summary>
    private (string Handle, string Brand) AccountOf(int index) => _brandAccounts[tweets.Strings[tweets[index].Author]];

    /// <summary>Queues the reply <paramref name="id"/> once, or notes that it is rejected or outside the file.</summary>
    private void Follow(long id, ref bool outside, ref int? rejected)
    {
        if (byId.TryGetValue(id, out int reply))
        {
            if (_seen.Add(reply))
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
    private (string Handle, string Brand)? MentionedBrand(int complaint)
    {
        foreach (int m in tweets.Mentions(complaint))
        {
            string mention = tweets.Strings[m];
            if (_brandAccounts.TryGetValue(mention, out var account) || _brandAccounts.TryGetValue(NameKey.OfHandle(mention), out account))
            {
                return account;
            }
        }

        return null;
    }

    private void LeaveOut(in TwcsTweetRow complaint, string reason)
    {
        Counts["left_out"]++;
        Issues.Add(new ImportIssue(IssueKind.LeftOut, file, complaint.Line, null, reason, complaint.Record));
    }
}
