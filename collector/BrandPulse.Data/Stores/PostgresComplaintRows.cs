using System.Text.RegularExpressions;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Npgsql;
using NpgsqlTypes;

namespace BrandPulse.Data.Stores;

/// <summary>
/// The complaint statements on PostgreSQL: the same SQL with <c>$n</c> for SQLite's <c>?n</c>, prepared on the server
/// once per transaction, parameters typed (a NULL must still have a type) and bound by position. A unique violation
/// would abort the whole transaction, so the insert does nothing on any conflict and, when the complaint is not
/// stored, its reference code was taken: it tries the next attempt's (writers hold the writer's lock, so nobody else
/// inserts meanwhile).
/// </summary>
internal sealed partial class PostgresComplaintRows : IComplaintRows
{
    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Text,
        NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
    ];

    /// <summary>Below this many rows a batch is inserted row by row; from it, through binary COPY (<see cref="InsertMany"/>).</summary>
    internal const int CopyFrom = 64;

    private const string Columns = """
        source, source_key, brand_id, channel, account_key, complained_at_ms, first_response_at_ms, observed_until_ms,
        complainant_pseudonym, response_kind, quality, illustrative, import_run_id, first_substantive_at_ms, outcome,
        dialed_at_ms, asked_person_at_ms, menu_offered_person, complaint_language, answer_language, tracking_code,
        campaign, contributor_pseudonym, reference
        """;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly NpgsqlCommand _insert;
    private readonly NpgsqlCommand _update;
    private readonly NpgsqlCommand _exists;
    private bool _batchTable;

    public PostgresComplaintRows(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _insert = Prepare(connection, transaction, ComplaintStore.InsertSql.Replace(
            "ON CONFLICT (source, source_key) DO NOTHING", "ON CONFLICT DO NOTHING", StringComparison.Ordinal));
        _update = Prepare(connection, transaction, ComplaintStore.UpdateSql);
        _exists = Prepare(connection, transaction, "SELECT 1 FROM complaint WHERE source = ?1 AND source_key = ?2;");
    }

    public bool Insert(ComplaintInput c, long brandId, string? accountKey, long importRunId, Func<int, string> reference)
    {
        Bind(_insert, c, brandId, accountKey, importRunId);
        for (int attempt = 0; attempt < Registry.ComplaintReference.MaxAttempts; attempt++)
        {
            _insert.Parameters[23].Value = reference(attempt);
            if (_insert.ExecuteNonQuery() == 1)
            {
                return true;
            }

            Bind(_exists, c, brandId, accountKey, importRunId);
            if (_exists.ExecuteScalar() is not null)
            {
                return false;
            }
        }

        throw new InvalidOperationException(
            $"no free reference code for {c.Source} {c.SourceKey} after {Registry.ComplaintReference.MaxAttempts} attempts: is the pseudonym key empty?");
    }

    /// <summary>
    /// From <see cref="CopyFrom"/> rows: the batch goes by binary COPY into a temporary table, then into
    /// <c>complaint</c> with one <c>INSERT … SELECT</c> in the batch's order that skips any conflict. A row it skipped is
    /// either stored already (a duplicate) or lost its reference code to another complaint: that one is inserted
    /// alone, as <see cref="Insert"/> does, trying the next attempt's code. Same rows, same codes, same order of ids
    /// as row by row, in four round trips a batch instead of one to three per row.
    /// </summary>
    public bool[] InsertMany(IReadOnlyList<ComplaintToStore> rows, Func<ComplaintInput, int, string> reference)
    {
        if (rows.Count < CopyFrom)
        {
            return IComplaintRows.InsertEach(this, rows, reference);
        }

        bool[] inserted = new bool[rows.Count];
        PrepareBatchTable();
        using (NpgsqlBinaryImporter copy = _connection.BeginBinaryImport($"COPY complaint_batch (ord, {Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            for (int i = 0; i < rows.Count; i++)
            {
                ComplaintToStore r = rows[i];
                object?[] values = Values(r.Complaint, r.BrandId, r.AccountKey, r.ImportRunId);
                values[^1] = reference(r.Complaint, 0);
                copy.StartRow();
                copy.Write(i, NpgsqlDbType.Integer);
                for (int v = 0; v < values.Length; v++)
                {
                    if (values[v] is null)
                    {
                        copy.WriteNull();
                    }
                    else
                    {
                        copy.Write(values[v], Types[v]);
                    }
                }
            }

            copy.Complete();
        }

        // The inserted rows come back by key; with a key twice in the batch, the first in order is the inserted one.
        var returned = new Dictionary<(string, string), int>();
        using (var insert = new NpgsqlCommand($"""
            INSERT INTO complaint ({Columns})
            SELECT {Columns} FROM complaint_batch ORDER BY ord
            ON CONFLICT DO NOTHING
            RETURNING source, source_key;
            """, _connection, _transaction))
        using (NpgsqlDataReader reader = insert.ExecuteReader())
        {
            while (reader.Read())
            {
                (string, string) key = (reader.GetString(0), reader.GetString(1));
                returned[key] = returned.GetValueOrDefault(key) + 1;
            }
        }

        // Of the rows skipped, those not stored at all lost their reference code to another complaint (the others are
        // duplicates): each of those is inserted alone, trying the next attempt's code.
        var unstored = new HashSet<int>();
        using (var missing = new NpgsqlCommand("""
            SELECT b.ord FROM complaint_batch b
            WHERE NOT EXISTS (SELECT 1 FROM complaint c WHERE c.source = b.source AND c.source_key = b.source_key);
            """, _connection, _transaction))
        using (NpgsqlDataReader reader = missing.ExecuteReader())
        {
            while (reader.Read())
            {
                unstored.Add(reader.GetInt32(0));
            }
        }

        for (int i = 0; i < rows.Count; i++)
        {
            ComplaintInput c = rows[i].Complaint;
            if (returned.TryGetValue((c.Source, c.SourceKey), out int n) && n > 0)
            {
                returned[(c.Source, c.SourceKey)] = n - 1;
                inserted[i] = true;
            }
            else if (unstored.Contains(i))
            {
                ComplaintToStore r = rows[i];
                inserted[i] = Insert(c, r.BrandId, r.AccountKey, r.ImportRunId, attempt => reference(c, attempt));
            }
        }

        return inserted;
    }

    /// <summary>The batch table, made once per transaction (dropped at its end) and emptied before each batch.</summary>
    private void PrepareBatchTable()
    {
        using var cmd = new NpgsqlCommand(_batchTable ? "TRUNCATE complaint_batch;" : """
            CREATE TEMP TABLE IF NOT EXISTS complaint_batch (
                ord integer, source text, source_key text, brand_id bigint, channel text, account_key text,
                complained_at_ms bigint, first_response_at_ms bigint, observed_until_ms bigint, complainant_pseudonym text,
                response_kind text, quality text, illustrative bigint, import_run_id bigint, first_substantive_at_ms bigint,
                outcome text, dialed_at_ms bigint, asked_person_at_ms bigint, menu_offered_person bigint,
                complaint_language text, answer_language text, tracking_code bigint, campaign text,
                contributor_pseudonym text, reference text
            ) ON COMMIT DROP;
            TRUNCATE complaint_batch;
            """, _connection, _transaction);
        cmd.ExecuteNonQuery();
        _batchTable = true;
    }

    public long? Update(ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        Bind(_update, c, brandId, accountKey, importRunId);
        return _update.ExecuteScalar() is long brand ? brand : null;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _exists.Dispose();
    }

    /// <summary>The 23 values of a row, in the order of the statements' <c>?n</c>.</summary>
    internal static object?[] Values(ComplaintInput c, long brandId, string? accountKey, long importRunId) =>
    [
        c.Source, c.SourceKey, brandId, c.Channel, accountKey, c.ComplainedAtMs, c.FirstResponseAtMs, c.ObservedUntilMs,
        c.ComplainantPseudonym, c.ResponseKind, c.Quality, c.Illustrative ? 1L : 0L, importRunId, c.FirstSubstantiveAtMs,
        c.Outcome, c.DialedAtMs, c.AskedPersonAtMs, Flag(c.MenuOfferedPerson), c.ComplaintLanguage, c.AnswerLanguage,
        Flag(c.TrackingCode), c.Campaign, c.ContributorPseudonym, null,
    ];

    private static long? Flag(bool? value) => value is bool b ? (b ? 1 : 0) : null;

    private static void Bind(NpgsqlCommand cmd, ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        object?[] values = Values(c, brandId, accountKey, importRunId);
        for (int i = 0; i < values.Length - 1; i++) // the reference is bound by the insert
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static NpgsqlCommand Prepare(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        var cmd = new NpgsqlCommand(Positional().Replace(sql, "$$$1"), connection, transaction);
        foreach (NpgsqlDbType type in Types)
        {
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type, Value = DBNull.Value });
        }

        cmd.Prepare();
        return cmd;
    }

    [GeneratedRegex(@"\?(\d+)")]
    private static partial Regex Positional();
}
