using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Reads a "Customer Support on Twitter" export (Kaggle, thoughtvector) into complaints with their first responses.
/// <para>
/// Accepts the file as Python's csv module wrote it and as pandas or Excel re-save it: columns found by header name
/// (case and whitespace ignored; unknown columns, such as pandas' unnamed index, ignored with one warning), a UTF-8
/// byte-order mark, CRLF, LF or mixed row ends, line breaks and bare CRs inside quoted text, a bare CR inside unquoted
/// text (a row split there is rejoined, with a warning: see <see cref="BareCrRejoin"/>), ids written as floats
/// (<c>3.0</c>, only when exactly whole), <c>True</c>/<c>TRUE</c>. Ids in scientific notation lost their precision and
/// are rejected.
/// </para>
/// <para>
/// A record with a bad value, or with bytes that are not valid UTF-8 in any field, is rejected (an
/// <see cref="IssueKind.Rejected"/> issue with its physical line and record number) and the others are imported; a
/// conversation that includes a rejected record is left out, as its first response cannot be known. A wrong delimiter
/// or header throws <see cref="ImportFormatException"/>. Issue messages never quote tweet text or customer ids.
/// </para>
/// Only ids, time, position, brand author and (for conversation starters) author and mentions are kept per tweet, in
/// compact rows (<see cref="TwcsTweetTable"/>), never the text; the complaints are made as they are stored
/// (<see cref="TwcsComplaints"/>).
/// </summary>
public static class TwcsParser
{
    /// <summary>The source prefix: the source is <c>twcs:</c> + the data set, so separate exports never merge ids.</summary>
    public const string SourcePrefix = "twcs:";

    /// <param name="registryTwitterAccounts">Registry accounts, each its own brand (see the other overload).</param>
    public static ParsedInput Parse(
        string path, string dataset, Pseudonymizer pseudonymizer, IReadOnlySet<string> registryTwitterAccounts) =>
        Parse(path, dataset, pseudonymizer, EachItsOwnBrand(registryTwitterAccounts));

    /// <param name="registryTwitterBrands">
    /// The registry's Twitter accounts (handles, any spelling) and the brand each belongs to (any key that is the same
    /// for one brand's accounts, e.g. its slug): a complaint's first response is the earliest tweet by an account of
    /// the brand it addresses.
    /// </param>
    public static ParsedInput Parse(
        string path, string dataset, Pseudonymizer pseudonymizer, IReadOnlyDictionary<string, string> registryTwitterBrands)
    {
        using FileStream stream = File.OpenRead(path);
        return Parse(stream, Path.GetFileName(path), dataset, pseudonymizer, registryTwitterBrands);
    }

    /// <param name="inputName">The name used in issues and <see cref="ParsedInput.InputName"/> (usually the file name).</param>
    /// <param name="registryTwitterAccounts">Registry accounts, each its own brand.</param>
    public static ParsedInput Parse(
        Stream stream, string inputName, string dataset, Pseudonymizer pseudonymizer,
        IReadOnlySet<string> registryTwitterAccounts) =>
        Parse(stream, inputName, dataset, pseudonymizer, EachItsOwnBrand(registryTwitterAccounts));

    /// <summary>Registry accounts, each its own brand (named by its <see cref="NameKey.OfHandle"/> key).</summary>
    public static IReadOnlyDictionary<string, string> EachItsOwnBrand(IEnumerable<string> accounts)
    {
        var brands = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string account in accounts)
        {
            brands.TryAdd(account, NameKey.OfHandle(account));
        }

        return brands;
    }

    /// <param name="inputName">The name used in issues and <see cref="ParsedInput.InputName"/> (usually the file name).</param>
    /// <param name="registryTwitterBrands">Registry accounts and their brands (see the path overload).</param>
    public static ParsedInput Parse(
        Stream stream, string inputName, string dataset, Pseudonymizer pseudonymizer,
        IReadOnlyDictionary<string, string> registryTwitterBrands)
    {
        var registryTwitterAccounts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach ((string account, string brand) in registryTwitterBrands)
        {
            string handle = NameKey.Clean(account).TrimStart('@');
            if (handle.Length > 0)
            {
                registryTwitterAccounts.TryAdd(NameKey.OfHandle(handle), (handle, brand));
            }
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(dataset);
        var issues = new List<ImportIssue>();
        var tweets = new TwcsTweetTable();
        var byId = new TwcsIdIndex(tweets);
        var rejected = new Dictionary<long, int>();
        TwcsTweetReader? reader = null;
        var kinds = new TwcsAnswerKinds(tweets);
        foreach (CsvRecord record in BareCrRejoin.Records(new CsvRecordReader(stream, inputName: inputName).Records()))
        {
            if (record.Rejoined > 0)
            {
                issues.Add(new ImportIssue(IssueKind.Warning, inputName, record.Line, TwcsColumns.TextName,
                    $"the row was split by {(record.Rejoined == 1 ? "a bare carriage return" : $"{record.Rejoined} bare carriage returns")} "
                    + "inside unquoted text (as pandas writes it): rejoined", record.Number));
            }

            if (reader is null)
            {
                TwcsColumns columns = TwcsColumns.From(record, inputName);
                if (columns.Ignored.Count > 0)
                {
                    issues.Add(new ImportIssue(IssueKind.Warning, inputName, record.Line, null,
                        $"ignored columns: {string.Join(", ", columns.Ignored)}", record.Number));
                }

                reader = new TwcsTweetReader(columns, inputName);
                continue;
            }

            TwcsTweet? tweet = reader.Read(record, out ImportIssue? issue, out long? id, out string? text);
            if (tweet is not null && byId.TryGetValue(tweet.Id, out int earlier))
            {
                issue = new ImportIssue(IssueKind.Rejected, inputName, record.Line, TwcsColumns.TweetIdName,
                    $"tweet_id {tweet.Id} repeats the record on line {tweets[earlier].Line}", record.Number);
                tweet = null;
                id = null;
            }

            if (tweet is null)
            {
                issues.Add(issue!);
                if (id is long rejectedId && !byId.ContainsKey(rejectedId))
                {
                    rejected.TryAdd(rejectedId, record.Line);
                }

                continue;
            }

            if (issue is not null)
            {
                issues.Add(issue);
            }

            int index = tweets.Add(tweet);
            byId.Add(index);
            kinds.Add(index, text, !tweet.Inbound);
        }

        kinds.Flush();

        // A tweet rejected once and read fine later is in the file after all.
        foreach (long id in rejected.Keys.Where(byId.ContainsKey).ToList())
        {
            rejected.Remove(id);
        }

        var conversations = new TwcsConversations(tweets, byId, rejected, registryTwitterAccounts, inputName);
        conversations.Resolve();
        Dictionary<string, long> counts = conversations.Counts;
        counts["tweets"] = tweets.Count;
        counts["rejected"] = issues.Count(i => i.Kind == IssueKind.Rejected);
        ImportIssue[] ordered = [.. issues.Concat(conversations.Issues).OrderBy(i => i.Line)];
        long? observationEnd = conversations.ObservedUntilMs;
        var complaints = new TwcsComplaints(conversations.Complaints, conversations.Accounts, tweets.Strings, tweets.CodeValues(), SourcePrefix + dataset, observationEnd ?? 0, pseudonymizer);
        return new ParsedInput(SourcePrefix + dataset, inputName, complaints, ordered, counts, observationEnd)
        {
            Restates = true,
        };
    }
}
