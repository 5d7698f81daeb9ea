using System.Data.Common;
using BrandPulse.Data;
using Dapper;

namespace BrandPulse.Reliability.Tests.Infrastructure;

/// <summary>Counts read through the product's own connection, on either store (a SQLite path or a PostgreSQL URI).</summary>
internal static class StoreCounts
{
    public static long Complaints(string db)
    {
        using DbConnection c = Database.OpenReadOnly(db);
        return c.ExecuteScalar<long>("SELECT count(*) FROM complaint;");
    }
}
