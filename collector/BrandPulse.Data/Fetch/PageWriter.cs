using System.Data.Common;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Fetch;

/// <summary>
/// Stores one page of a live collection in one transaction: its complaints and, with them, the cursor that says the
/// page is done. One <c>import_run</c> row per run, created with the first page and counted up with each.
/// </summary>
public sealed class PageWriter(DbConnection connection, string source, string inputName, long nowMs)
{
    private long? _runId;

    public int Inserted { get; private set; }

    public int Updated { get; private set; }

    public void Write(BrandAccount account, IEnumerable<ComplaintInput> complaints, SweepCursor? cursor)
    {
        using DbTransaction tx = connection.BeginWrite();
        _runId ??= connection.ExecuteScalar<long>("""
            INSERT INTO import_run (source, input_name, started_at_ms) VALUES (@source, @inputName, @nowMs) RETURNING id;
            """, new { source, inputName, nowMs }, tx);
        DataSetStore.Record(connection, tx, source, selected: null);
        using var store = new ComplaintStore(connection, tx);
        int inserted = 0, updated = 0, duplicates = 0;
        foreach (ComplaintInput c in complaints)
        {
            switch (store.Store(c, account.BrandId, account.AccountKey, _runId.Value))
            {
                case StoreOutcome.Inserted: inserted++; break;
                case StoreOutcome.Updated: updated++; break;
                default: duplicates++; break;
            }
        }

        if (cursor is not null)
        {
            new CursorStore(connection, tx).Save(source, account.AccountKey, cursor, nowMs);
        }

        connection.Execute("""
            UPDATE import_run SET accepted = accepted + @inserted, updated = updated + @updated, duplicates = duplicates + @duplicates
            WHERE id = @runId;
            """, new { inserted, updated, duplicates, runId = _runId }, tx);
        tx.Commit();
        Inserted += inserted;
        Updated += updated;
    }

    /// <summary>
    /// Complaints through <paramref name="account"/> since <paramref name="sinceMs"/> still waiting for an answer (or for a
    /// substantive one) and not looked at in this run.
    /// </summary>
    public IReadOnlyList<Mention> Waiting(BrandAccount account, long sinceMs) => connection.Query<Mention>("""
        SELECT source_key AS Key, complained_at_ms AS AtMs, account_key AS AuthorHandle -- unused: rechecks keep the stored pseudonym
        FROM complaint
        WHERE source = @source AND channel = @Channel AND account_key = @AccountKey
          AND (first_response_at_ms IS NULL OR first_substantive_at_ms IS NULL)
          AND complained_at_ms >= @sinceMs AND observed_until_ms < @nowMs
        ORDER BY complained_at_ms, source_key;
        """, new { source, account.Channel, account.AccountKey, sinceMs, nowMs }).AsList();
}
