using System.Data;
using System.Data.Common;
using BrandPulse.Data.Registry;
using Dapper;

namespace BrandPulse.Data.Schema;

/// <summary>
/// Migration 8: every complaint stored before reference codes existed gets its code (<see cref="ComplaintReference"/>),
/// in the order the complaints were stored, a collision taking the next attempt as when storing. Brand revisions stay:
/// only a generator that knows schema 8 reads the database, and a new generator build never reuses an older build's
/// brand cache (its key holds the code's version, see BrandCachePlan), so the codes reach every page without them.
/// </summary>
internal static class FillReferences
{
    private sealed record Row(long Id, string Source, string SourceKey);

    public static void Apply(DbConnection connection, DbTransaction tx) =>
        Apply(connection, tx, () => ComplaintReference.KeyOf(connection));

    /// <summary>Fills the missing codes with the key <paramref name="key"/> gives (asked for only when a code is missing).</summary>
    public static int Apply(DbConnection connection, DbTransaction tx, Func<Pseudonymizer> key)
    {
        List<Row> missing = connection.Query<Row>("""
            SELECT id AS Id, source AS Source, source_key AS SourceKey
            FROM complaint WHERE reference IS NULL ORDER BY id;
            """, transaction: tx).AsList();
        if (missing.Count == 0)
        {
            return 0;
        }

        Pseudonymizer pseudonymizer = key();
        var taken = new HashSet<string>(connection.Query<string>(
            "SELECT reference FROM complaint WHERE reference IS NOT NULL;", transaction: tx), StringComparer.Ordinal);
        using DbCommand update = connection.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE complaint SET reference = @reference WHERE id = @id;";
        DbParameter reference = Parameter(update, "@reference", DbType.String, "");
        DbParameter id = Parameter(update, "@id", DbType.Int64, 0L);
        update.Prepare();
        foreach (Row row in missing)
        {
            reference.Value = Free(pseudonymizer, row, taken);
            id.Value = row.Id;
            update.ExecuteNonQuery();
        }

        return missing.Count;
    }

    private static DbParameter Parameter(DbCommand command, string name, DbType type, object value)
    {
        DbParameter p = command.CreateParameter();
        p.ParameterName = name;
        p.DbType = type;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }

    private static string Free(Pseudonymizer key, Row row, HashSet<string> taken)
    {
        for (int attempt = 0; attempt < ComplaintReference.MaxAttempts; attempt++)
        {
            string code = ComplaintReference.Of(key, row.Source, row.SourceKey, attempt);
            if (taken.Add(code))
            {
                return code;
            }
        }

        throw new InvalidOperationException(
            $"no free reference code for complaint {row.Id} after {ComplaintReference.MaxAttempts} attempts: is the pseudonym key empty?");
    }
}
