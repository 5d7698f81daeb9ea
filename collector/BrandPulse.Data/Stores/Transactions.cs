using System.Data.Common;

namespace BrandPulse.Data.Stores;

/// <summary>The two kinds of transaction BrandPulse uses, begun the way the connection's store needs.</summary>
public static class Transactions
{
    /// <summary>A write transaction holding the writer's lock (see <see cref="StoreDialect.BeginWrite"/>).</summary>
    public static DbTransaction BeginWrite(this DbConnection connection) => StoreDialect.Of(connection).BeginWrite(connection);

    /// <summary>A read-only transaction over one consistent snapshot (see <see cref="StoreDialect.BeginSnapshot"/>).</summary>
    public static DbTransaction BeginSnapshot(this DbConnection connection) => StoreDialect.Of(connection).BeginSnapshot(connection);
}
