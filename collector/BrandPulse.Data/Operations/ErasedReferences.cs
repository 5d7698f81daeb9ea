using System.Data;
using System.Data.Common;
using System.Globalization;
using BrandPulse.Data.Model;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Operations;

/// <summary>
/// The table <c>erased_reference</c> (schema v9): the public codes of erased complaints, kept so that the next build
/// removes their rows from frozen editions. Plain, portable SQL on any connection.
/// </summary>
public static class ErasedReferences
{
    /// <summary>Remembers the codes of the complaints <paramref name="complaintIds"/> (before they are deleted), erased on the UTC day of <paramref name="nowMs"/>.</summary>
    public static int Remember(DbConnection connection, IDbTransaction transaction, IReadOnlyCollection<long> complaintIds, long nowMs)
    {
        if (complaintIds.Count == 0)
        {
            return 0;
        }

        string day = DateTimeOffset.FromUnixTimeMilliseconds(nowMs).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        int stored = 0;
        foreach (long[] chunk in complaintIds.Chunk(500))
        {
            List<string> codes = connection.Query<string>(
                $"SELECT reference FROM complaint WHERE {StoreDialect.Of(connection).InList("id", "chunk")} AND reference IS NOT NULL;",
                new { chunk }, transaction).AsList();
            stored += connection.Execute(
                "INSERT INTO erased_reference (reference, erased_on) VALUES (@reference, @day) ON CONFLICT DO NOTHING;",
                codes.Select(reference => new { reference, day }), transaction);
        }

        return stored;
    }

    /// <summary>Every erased complaint's code, in code order.</summary>
    public static IReadOnlyList<ErasedReference> All(IDbConnection connection, IDbTransaction transaction) =>
        connection.Query<ErasedReference>(
            "SELECT reference AS Reference, erased_on AS ErasedOn FROM erased_reference ORDER BY reference;", transaction: transaction).AsList();
}
