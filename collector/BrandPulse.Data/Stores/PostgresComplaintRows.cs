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

    private readonly NpgsqlCommand _insert;
    private readonly NpgsqlCommand _update;
    private readonly NpgsqlCommand _exists;

    public PostgresComplaintRows(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
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
