using System.Text.RegularExpressions;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Npgsql;
using NpgsqlTypes;

namespace BrandPulse.Data.Stores;

/// <summary>
/// The complaint statements on PostgreSQL: the same SQL with <c>$n</c> for SQLite's <c>?n</c>, prepared on the server
/// once per transaction, parameters typed (a NULL must still have a type) and bound by position.
/// </summary>
internal sealed partial class PostgresComplaintRows : IComplaintRows
{
    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Text,
        NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text,
    ];

    private readonly NpgsqlCommand _insert;
    private readonly NpgsqlCommand _update;

    public PostgresComplaintRows(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _insert = Prepare(connection, transaction, ComplaintStore.InsertSql);
        _update = Prepare(connection, transaction, ComplaintStore.UpdateSql);
    }

    public bool Insert(ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        Bind(_insert, c, brandId, accountKey, importRunId);
        return _insert.ExecuteNonQuery() == 1;
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
    }

    /// <summary>The 23 values of a row, in the order of the statements' <c>?n</c>.</summary>
    internal static object?[] Values(ComplaintInput c, long brandId, string? accountKey, long importRunId) =>
    [
        c.Source, c.SourceKey, brandId, c.Channel, accountKey, c.ComplainedAtMs, c.FirstResponseAtMs, c.ObservedUntilMs,
        c.ComplainantPseudonym, c.ResponseKind, c.Quality, c.Illustrative ? 1L : 0L, importRunId, c.FirstSubstantiveAtMs,
        c.Outcome, c.DialedAtMs, c.AskedPersonAtMs, Flag(c.MenuOfferedPerson), c.ComplaintLanguage, c.AnswerLanguage,
        Flag(c.TrackingCode), c.Campaign, c.ContributorPseudonym,
    ];

    private static long? Flag(bool? value) => value is bool b ? (b ? 1 : 0) : null;

    private static void Bind(NpgsqlCommand cmd, ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        object?[] values = Values(c, brandId, accountKey, importRunId);
        for (int i = 0; i < values.Length; i++)
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
