using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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
/// The two per-row statements are prepared once on the raw SQLite handle and bound by position: Microsoft.Data.Sqlite
/// looks each of the 23 parameters up by name on every execution, which cost about a third of storing a row. Errors
/// are raised as the same <see cref="SqliteException"/> (busy, disk full, constraint) the rest of the code handles.
/// </remarks>
public sealed class ComplaintStore : IDisposable
{
    // ?1 source, ?2 source_key, ?3 brand_id, ?4 channel, ?5 account_key, ?6 complained_at_ms, ?7 first_response_at_ms,
    // ?8 observed_until_ms, ?9 complainant_pseudonym, ?10 response_kind, ?11 quality, ?12 illustrative,
    // ?13 import_run_id, ?14 first_substantive_at_ms, ?15 outcome, ?16 dialed_at_ms, ?17 asked_person_at_ms,
    // ?18 menu_offered_person, ?19 complaint_language, ?20 answer_language, ?21 tracking_code, ?22 campaign,
    // ?23 contributor_pseudonym, ?24 reference
    private const string InsertSql = """
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
    private const string UpdateSql = """
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

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _update;
    private readonly SqliteCommand _revise;
    private readonly HashSet<long> _revised = [];
    private readonly Operations.ErasedSet? _erased;
    private readonly Pseudonymizer _referenceKey;

    /// <param name="connection">The open database.</param>
    /// <param name="transaction">The transaction every write joins.</param>
    /// <param name="referenceKey">The key of reference codes; by default the database's (<see cref="ComplaintReference.KeyOf"/>).</param>
    public ComplaintStore(SqliteConnection connection, SqliteTransaction transaction, Pseudonymizer? referenceKey = null)
    {
        _referenceKey = referenceKey ?? ComplaintReference.KeyOf(connection);
        _connection = connection;
        _transaction = transaction;
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        _insert = PrepareRaw(_db, InsertSql);
        _update = PrepareRaw(_db, UpdateSql);
        _revise = Revisions.Command(connection, transaction);
        _erased = Operations.ErasedSet.Load(connection, transaction);
    }

    public StoreOutcome Store(ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        if (_erased?.Contains(c) == true)
        {
            return StoreOutcome.Erased;
        }

        Insert(c, brandId, accountKey, importRunId);
        if (raw.sqlite3_changes(_db) == 1)
        {
            Revise(brandId);
            return StoreOutcome.Inserted;
        }

        Bind(_update, c, brandId, accountKey, importRunId);
        if (Step(_update, out long updatedBrand)) // the stored row's brand: its account may have moved since
        {
            Revise(updatedBrand);
            return StoreOutcome.Updated;
        }

        return StoreOutcome.Duplicate;
    }

    public void Dispose()
    {
        raw.sqlite3_finalize(_insert);
        raw.sqlite3_finalize(_update);
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
            _revise.Parameters["@brand_id"].Value = brandId;
            _revise.Parameters["@revision"].Value = Revisions.New();
            _revise.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Inserts, unless the complaint is stored already; a reference code another complaint holds (a collision, see
    /// <see cref="ComplaintReference"/>) makes it try the next attempt's code.
    /// </summary>
    private void Insert(ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        Bind(_insert, c, brandId, accountKey, importRunId);
        for (int attempt = 0; ; attempt++)
        {
            raw.sqlite3_bind_text(_insert, 24, ComplaintReference.Of(_referenceKey, c.Source, c.SourceKey, attempt));
            int rc = raw.sqlite3_step(_insert);
            int extended = raw.sqlite3_extended_errcode(_db);
            if (rc == raw.SQLITE_DONE)
            {
                raw.sqlite3_reset(_insert);
                return;
            }

            if (extended != raw.SQLITE_CONSTRAINT_UNIQUE || attempt + 1 == ComplaintReference.MaxAttempts)
            {
                try
                {
                    SqliteException.ThrowExceptionForRC(rc, _db);
                }
                finally
                {
                    raw.sqlite3_reset(_insert);
                }
            }

            raw.sqlite3_reset(_insert);
        }
    }

    private static void Bind(sqlite3_stmt stmt, ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        Text(stmt, 1, c.Source);
        Text(stmt, 2, c.SourceKey);
        raw.sqlite3_bind_int64(stmt, 3, brandId);
        Text(stmt, 4, c.Channel);
        Text(stmt, 5, accountKey);
        raw.sqlite3_bind_int64(stmt, 6, c.ComplainedAtMs);
        Number(stmt, 7, c.FirstResponseAtMs);
        raw.sqlite3_bind_int64(stmt, 8, c.ObservedUntilMs);
        Text(stmt, 9, c.ComplainantPseudonym);
        Text(stmt, 10, c.ResponseKind);
        Text(stmt, 11, c.Quality);
        raw.sqlite3_bind_int64(stmt, 12, c.Illustrative ? 1 : 0);
        raw.sqlite3_bind_int64(stmt, 13, importRunId);
        Number(stmt, 14, c.FirstSubstantiveAtMs);
        Text(stmt, 15, c.Outcome);
        Number(stmt, 16, c.DialedAtMs);
        Number(stmt, 17, c.AskedPersonAtMs);
        Flag(stmt, 18, c.MenuOfferedPerson);
        Text(stmt, 19, c.ComplaintLanguage);
        Text(stmt, 20, c.AnswerLanguage);
        Flag(stmt, 21, c.TrackingCode);
        Text(stmt, 22, c.Campaign);
        Text(stmt, 23, c.ContributorPseudonym);
    }

    private static void Flag(sqlite3_stmt stmt, int index, bool? value) => Number(stmt, index, value is bool b ? (b ? 1 : 0) : null);

    /// <summary>Runs a statement to its end; true with the first column of its first row when it returned one.</summary>
    private bool Step(sqlite3_stmt stmt, out long first)
    {
        first = 0;
        bool returned = false;
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
            {
                if (!returned)
                {
                    first = raw.sqlite3_column_int64(stmt, 0);
                    returned = true;
                }
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }

        return returned;
    }

    private static void Text(sqlite3_stmt stmt, int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(stmt, index);
        }
        else
        {
            raw.sqlite3_bind_text(stmt, index, value);
        }
    }

    private static void Number(sqlite3_stmt stmt, int index, long? value)
    {
        if (value is long v)
        {
            raw.sqlite3_bind_int64(stmt, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(stmt, index);
        }
    }

    private static sqlite3_stmt PrepareRaw(sqlite3 db, string sql)
    {
        int rc = raw.sqlite3_prepare_v2(db, sql, out sqlite3_stmt stmt);
        if (rc != raw.SQLITE_OK)
        {
            stmt.Dispose();
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        return stmt;
    }
}
