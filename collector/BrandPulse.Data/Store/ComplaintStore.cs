using BrandPulse.Data.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Store;

/// <summary>What storing one complaint did.</summary>
public enum StoreOutcome
{
    Inserted,
    Updated,
    Duplicate,
}

/// <summary>
/// Writes complaints, keyed by (source, source_key): a complaint seen again adds nothing, except that a waiting
/// complaint takes a response found later and an observation that now lasts longer. Every brand whose complaints change
/// gets a new revision in the same transaction (once per store), which is how the generator's incremental builds know
/// what changed (see <see cref="Revisions"/>).
/// </summary>
public sealed class ComplaintStore(SqliteConnection connection, SqliteTransaction transaction)
{
    private readonly SqliteCommand _insert = Prepare(connection, transaction, """
        INSERT INTO complaint (source, source_key, brand_id, channel, account_key, complained_at_ms, first_response_at_ms,
                               observed_until_ms, complainant_pseudonym, response_kind, quality, illustrative, import_run_id,
                               first_substantive_at_ms)
        VALUES (@source, @source_key, @brand_id, @channel, @account_key, @complained_at_ms, @first_response_at_ms,
                @observed_until_ms, @complainant_pseudonym, @response_kind, @quality, @illustrative, @import_run_id,
                @first_substantive_at_ms)
        ON CONFLICT (source, source_key) DO NOTHING;
        """);

    private readonly SqliteCommand _update = Prepare(connection, transaction, """
        UPDATE complaint
        SET first_response_at_ms = coalesce(first_response_at_ms, @first_response_at_ms),
            first_substantive_at_ms = coalesce(first_substantive_at_ms, @first_substantive_at_ms),
            response_kind = CASE WHEN first_response_at_ms IS NULL THEN @response_kind ELSE response_kind END,
            quality = CASE WHEN first_response_at_ms IS NULL THEN @quality ELSE quality END,
            observed_until_ms = CASE WHEN @observed_until_ms > observed_until_ms THEN @observed_until_ms ELSE observed_until_ms END
        WHERE source = @source AND source_key = @source_key
          AND ((first_response_at_ms IS NULL AND @first_response_at_ms IS NOT NULL)
               OR (first_substantive_at_ms IS NULL AND @first_substantive_at_ms IS NOT NULL)
               OR @observed_until_ms > observed_until_ms)
        RETURNING brand_id;
        """);

    private readonly SqliteCommand _revise = Revisions.Command(connection, transaction);

    private readonly HashSet<long> _revised = [];

    public StoreOutcome Store(ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        Bind(_insert, c, brandId, accountKey, importRunId);
        if (_insert.ExecuteNonQuery() == 1)
        {
            Revise(brandId);
            return StoreOutcome.Inserted;
        }

        Bind(_update, c, brandId, accountKey, importRunId);
        if (_update.ExecuteScalar() is long updatedBrand) // the stored row's brand: its account may have moved since
        {
            Revise(updatedBrand);
            return StoreOutcome.Updated;
        }

        return StoreOutcome.Duplicate;
    }

    /// <summary>Extends the observation of every waiting complaint of a source up to <paramref name="untilMs"/>.</summary>
    public int ExtendObservation(string source, long untilMs) => connection.Execute("""
        UPDATE brand SET revision = @revision
        WHERE id IN (SELECT brand_id FROM complaint
                     WHERE source = @source AND first_response_at_ms IS NULL AND observed_until_ms < @untilMs);
        UPDATE complaint SET observed_until_ms = @untilMs
        WHERE source = @source AND first_response_at_ms IS NULL AND observed_until_ms < @untilMs;
        """, new { source, untilMs, revision = Revisions.New() }, transaction);

    private void Revise(long brandId)
    {
        if (_revised.Add(brandId))
        {
            _revise.Parameters["@brand_id"].Value = brandId;
            _revise.Parameters["@revision"].Value = Revisions.New();
            _revise.ExecuteNonQuery();
        }
    }

    private static readonly string[] s_names =
    [
        "@source", "@source_key", "@brand_id", "@channel", "@account_key", "@complained_at_ms", "@first_response_at_ms",
        "@observed_until_ms", "@complainant_pseudonym", "@response_kind", "@quality", "@illustrative", "@import_run_id",
        "@first_substantive_at_ms",
    ];

    private static void Bind(SqliteCommand cmd, ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        // By position, in the order of s_names: looking parameters up by name cost more than the insert itself.
        object?[] values =
        [
            c.Source, c.SourceKey, brandId, c.Channel, accountKey, c.ComplainedAtMs, c.FirstResponseAtMs, c.ObservedUntilMs,
            c.ComplainantPseudonym, c.ResponseKind, c.Quality, c.Illustrative ? 1 : 0, importRunId, c.FirstSubstantiveAtMs,
        ];
        SqliteParameterCollection parameters = cmd.Parameters;
        for (int i = 0, p = 0; i < s_names.Length && p < parameters.Count; i++)
        {
            if (string.Equals(parameters[p].ParameterName, s_names[i], StringComparison.Ordinal))
            {
                parameters[p++].Value = values[i] ?? DBNull.Value;
            }
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        SqliteCommand cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        foreach (string name in s_names)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                cmd.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }
        }

        cmd.Prepare();
        return cmd;
    }
}
