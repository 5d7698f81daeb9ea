using System.Data;
using System.Data.Common;

namespace BrandPulse.Data.Store;

/// <summary>
/// A brand's revision (<c>brand.revision</c>) changes in the transaction of every write that changes its complaints:
/// an insert, an answer found later, a longer observation, an account move, a merge. It is a fresh random number, not a
/// counter, so that it never repeats: a database restored from a backup and then written to again does not come back
/// to a revision an earlier build has seen with other complaints.
/// </summary>
public static class Revisions
{
    /// <summary>A revision no brand has had (63 random bits).</summary>
    public static long New() => Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>The index of <c>@revision</c> in <see cref="Command"/>'s parameters.</summary>
    public const int RevisionParameter = 0;

    /// <summary>The index of <c>@brand_id</c> in <see cref="Command"/>'s parameters.</summary>
    public const int BrandParameter = 1;

    /// <summary>A prepared <c>UPDATE brand SET revision = @revision WHERE id = @brand_id</c>.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        DbCommand cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "UPDATE brand SET revision = @revision WHERE id = @brand_id;";
        cmd.Parameters.Add(Int64(cmd, "@revision"));
        cmd.Parameters.Add(Int64(cmd, "@brand_id"));
        cmd.Prepare();
        return cmd;
    }

    private static DbParameter Int64(DbCommand cmd, string name)
    {
        DbParameter p = cmd.CreateParameter();
        p.ParameterName = name;
        p.DbType = DbType.Int64;
        p.Value = 0L;
        return p;
    }
}
