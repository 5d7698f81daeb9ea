using System.Data.Common;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Store;

/// <summary>What storing one complaint did.</summary>
public enum StoreOutcome
{
    Inserted,
    Updated,
    Duplicate,

    /// <summary>Not stored: the person or the record was erased (<c>collect forget</c>) and must not come back.</summary>
    Erased,
}

/// <summary>
/// Writes complaints, keyed by (source, source_key): a complaint seen again adds nothing, except that a waiting
/// complaint takes a response found later and an observation that now lasts longer. Every brand whose complaints change
/// gets a new revision in the same transaction (once per store), which is how the generator's incremental builds know
/// what changed (see <see cref="Revisions"/>).
/// </summary>
/// <remarks>
/// The two per-row statements are prepared once per store in the fastest way each store allows
/// (<see cref="StoreDialect.PrepareComplaintRows"/>): the same SQL, bound by position.
/// </remarks>
public sealed class ComplaintStore : IDisposable
{
    // ?1 source, ?2 source_key, ?3 brand_id, ?4 channel, ?5 account_key, ?6 complained_at_ms, ?7 first_response_at_ms,
    // ?8 observed_until_ms, ?9 complainant_pseudonym, ?10 response_kind, ?11 quality, ?12 illustrative,
    // ?13 import_run_id, ?14 first_substantive_at_ms, ?15 outcome, ?16 dialed_at_ms, ?17 asked_person_at_ms,
    // ?18 menu_offered_person, ?19 complaint_language, ?20 answer_language, ?21 tracking_code, ?22 campaign,
    // ?23 contributor_pseudonym, ?24 reference
    internal const string InsertSql = """
        INSERT INTO complaint (source, source_key, brand_id, channel, account_key, complained_at_ms, first_response_at_ms,
                               observed_until_ms, complainant_pseudonym, response_kind, quality, illustrative, import_run_id,
                               first_substantive_at_ms, outcome, dialed_at_ms, asked_person_at_ms, menu_offered_person,
                               complaint_language, answer_language, tracking_code, campaign, contributor_pseudonym,
                               reference)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)
        ON CONFLICT (source, source_key) DO NOTHING;
        """;

    // A later look at the same complaint (an archive read again, an updated field export) fills in what was missing:
    // the first answer and its kind, the first substantive answer, the answer's language, a tracking code, the outcome.
    // What was stored stays (the first answer is the first answer).
    internal const string UpdateSql = """
        UPDATE complaint
        SET first_response_at_ms = coalesce(first_response_at_ms, ?7),
            first_substantive_at_ms = coalesce(first_substantive_at_ms, ?14),
            response_kind = CASE WHEN first_response_at_ms IS NULL THEN ?10 ELSE response_kind END,
            quality = CASE WHEN first_response_at_ms IS NULL THEN ?11 ELSE quality END,
            observed_until_ms = CASE WHEN ?8 > observed_until_ms THEN ?8 ELSE observed_until_ms END,
            outcome = coalesce(outcome, ?15),
            answer_language = coalesce(answer_language, ?20),
            tracking_code = coalesce(tracking_code, ?21)
        WHERE source = ?1 AND source_key = ?2
          AND ((first_response_at_ms IS NULL AND ?7 IS NOT NULL)
               OR (first_substantive_at_ms IS NULL AND ?14 IS NOT NULL)
               OR ?8 > observed_until_ms
               OR (outcome IS NULL AND ?15 IS NOT NULL)
               OR (answer_language IS NULL AND ?20 IS NOT NULL)
               OR (tracking_code IS NULL AND ?21 IS NOT NULL))
        RETURNING brand_id;
        """;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly IComplaintRows _rows;
    private readonly DbCommand _revise;
    private readonly HashSet<long> _revised = [];
    private readonly Operations.ErasedSet? _erased;
    private readonly Pseudonymizer _referenceKey;

    /// <param name="connection">The open database.</param>
    /// <param name="transaction">The transaction every write joins.</param>
    /// <param name="referenceKey">The key of reference codes; by default the database's (<see cref="ComplaintReference.KeyOf"/>).</param>
    public ComplaintStore(DbConnection connection, DbTransaction transaction, Pseudonymizer? referenceKey = null)
    {
        _referenceKey = referenceKey ?? ComplaintReference.KeyOf(connection);
        _connection = connection;
        _transaction = transaction;
        _rows = StoreDialect.Of(connection).PrepareComplaintRows(connection, transaction);
        _revise = Revisions.Command(connection, transaction);
        _erased = Operations.ErasedSet.Load(connection, transaction);
    }

    /// <summary>Stores one complaint: inserted, or what it adds to the stored one (see <see cref="StoreMany"/>).</summary>
    public StoreOutcome Store(ComplaintInput c, long brandId, string? accountKey, long importRunId) =>
        StoreMany([new ComplaintToStore(c, brandId, accountKey, importRunId)])[0];

    /// <summary>
    /// Stores <paramref name="rows"/> in order, inserting the new ones in one go where the store allows (binary COPY on
    /// PostgreSQL): per row, what storing it did. An erased person's or record's complaint is not stored; one seen
    /// before fills in what its stored row lacks (<see cref="UpdateSql"/>); a reference code another complaint holds
    /// (a collision, see <see cref="ComplaintReference"/>) makes it try the next attempt's.
    /// </summary>
    internal StoreOutcome[] StoreMany(IReadOnlyList<ComplaintToStore> rows)
    {
        var outcomes = new StoreOutcome[rows.Count];
        var fresh = new List<ComplaintToStore>(rows.Count);
        var at = new List<int>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            if (_erased?.Contains(rows[i].Complaint) == true)
            {
                outcomes[i] = StoreOutcome.Erased;
                continue;
            }

            fresh.Add(rows[i]);
            at.Add(i);
        }

        bool[] inserted = _rows.InsertMany(fresh, (c, attempt) => ComplaintReference.Of(_referenceKey, c.Source, c.SourceKey, attempt));
        for (int k = 0; k < fresh.Count; k++)
        {
            ComplaintToStore r = fresh[k];
            if (inserted[k])
            {
                Revise(r.BrandId);
                outcomes[at[k]] = StoreOutcome.Inserted;
            }
            else if (_rows.Update(r.Complaint, r.BrandId, r.AccountKey, r.ImportRunId) is long updatedBrand)
            {
                Revise(updatedBrand);
                outcomes[at[k]] = StoreOutcome.Updated;
            }
            else
            {
                outcomes[at[k]] = StoreOutcome.Duplicate;
            }
        }

        return outcomes;
    }

    public void Dispose()
    {
        _rows.Dispose();
        _revise.Dispose();
    }

    /// <summary>Extends the observation of every waiting complaint of a source up to <paramref name="untilMs"/>.</summary>
    public int ExtendObservation(string source, long untilMs) => _connection.Execute("""
        UPDATE brand SET revision = @revision
        WHERE id IN (SELECT brand_id FROM complaint
                     WHERE source = @source AND first_response_at_ms IS NULL AND observed_until_ms < @untilMs);
        UPDATE complaint SET observed_until_ms = @untilMs
        WHERE source = @source AND first_response_at_ms IS NULL AND observed_until_ms < @untilMs;
        """, new { source, untilMs, revision = Revisions.New() }, _transaction);

    private void Revise(long brandId)
    {
        if (_revised.Add(brandId))
        {
            _revise.Parameters[Revisions.RevisionParameter].Value = Revisions.New();
            _revise.Parameters[Revisions.BrandParameter].Value = brandId;
            _revise.ExecuteNonQuery();
        }
    }
}
