using System.Data.Common;
using BrandPulse.Data.Classify;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;
using BrandPulse.Data.Stores;

namespace BrandPulse.Data.Fetch;

/// <summary>
/// The walk every live collector shares. For each brand account on the platform's channel: resume the saved sweep
/// through its mentions, page by page, finding each complaint's replies and storing the page with its cursor in one
/// transaction; then look again at the account's recent waiting complaints. One fetcher per account at a time
/// (<see cref="StoreDialect.LockScope"/>). A complaint without a reply is stored
/// waiting, observed until the fetch time. Stops early (progress saved) through <see cref="FetchStoppedException"/>.
/// </summary>
public sealed class MentionCollector(DbConnection connection, IMentionApi api, Pseudonymizer pseudonymizer, FetchOptions options)
{
    public async Task<FetchSummary> RunAsync(CancellationToken ct)
    {
        IReadOnlyList<BrandAccount> accounts = Accounts();
        var writer = new PageWriter(connection, api.Source, $"{api.Source} API", options.NowMs);
        int pages = 0, waiting = 0;
        string? stopped = null;
        int exitCode = 0;
        try
        {
            foreach (BrandAccount account in accounts)
            {
                // One fetcher per account at a time: a second one (another process or machine) waits here, then resumes
                // from the cursor the first one saved, so no page is fetched twice; other writers are not held up.
                using IDisposable fetching = StoreDialect.Of(connection).LockScope(connection, $"fetch {api.Source} {account.AccountKey}");
                var cursors = new CursorStore(connection);
                SweepCursor cursor = cursors.Load(api.Source, account.AccountKey);
                while (true)
                {
                    if (options.MaxPages is int max && pages >= max)
                    {
                        throw new FetchStoppedException(0, $"stopped after {pages} pages (--max-pages); progress saved, run again to continue");
                    }

                    MentionPage page = await api.PageAsync(account, cursor, ct);
                    var inputs = new List<ComplaintInput>();
                    foreach (Mention complaint in page.Complaints)
                    {
                        inputs.Add(Input(account, complaint, await api.RepliesAsync(account, complaint, ct), pseudonymizer.Of(complaint.AuthorHandle)));
                    }

                    string? next = page.Next == cursor.Next ? null : page.Next; // the same token twice would loop forever
                    cursor = cursor.After(page.Newest, next);
                    writer.Write(account, inputs, cursor);
                    waiting += inputs.Count(i => i.FirstResponseAtMs is null);
                    pages++;
                    options.PageCommitted?.Invoke(pages);
                    if (next is null)
                    {
                        break;
                    }
                }

                long since = options.NowMs - (options.RecheckDays * 86_400_000L);
                var rechecked = new List<ComplaintInput>();
                foreach (Mention old in writer.Waiting(account, since))
                {
                    rechecked.Add(Input(account, old, await api.RepliesAsync(account, old, ct), pseudonym: null));
                }

                writer.Write(account, rechecked, cursor: null);
            }
        }
        catch (FetchStoppedException e)
        {
            (stopped, exitCode) = (e.Message, e.ExitCode);
        }

        return new FetchSummary(api.Source, accounts.Count, pages, writer.Inserted, writer.Updated, waiting, api.Requests)
        {
            StoppedBecause = stopped,
            ExitCode = exitCode,
        };
    }

    private ComplaintInput Input(BrandAccount account, Mention complaint, IReadOnlyList<BrandReply> replies, string? pseudonym)
    {
        ReplyOutcome outcome = ReplyOutcome.From(replies);
        return new ComplaintInput(api.Source, complaint.Key, api.Channel, account.Handle, BrandName: null, complaint.AtMs,
            outcome.FirstResponseAtMs, options.NowMs, pseudonym, outcome.ResponseKind, FirstSubstantiveAtMs: outcome.FirstSubstantiveAtMs);
    }

    private IReadOnlyList<BrandAccount> Accounts()
    {
        var store = new BrandStore(connection);
        HashSet<long>? wanted = null;
        if (options.Brands.Count > 0)
        {
            wanted = [.. options.Brands.Select(slug => store.BySlug(slug.Trim().ToLowerInvariant())?.Id
                ?? throw new FetchStoppedException(1, $"no brand with slug '{slug}' (see: brandpulse collect brands list)"))];
        }

        return [.. store.Accounts().Where(a => a.Channel == api.Channel && (wanted is null || wanted.Contains(a.BrandId)))];
    }
}
