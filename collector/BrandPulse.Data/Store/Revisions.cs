using Microsoft.Data.Sqlite;

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

    /// <summary>A prepared <c>UPDATE brand SET revision = @revision WHERE id = @brand_id</c>.</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction)
    {
        SqliteCommand cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "UPDATE brand SET revision = @revision WHERE id = @brand_id;";
        cmd.Parameters.Add(new SqliteParameter("@revision", 0L));
        cmd.Parameters.Add(new SqliteParameter("@brand_id", 0L));
        cmd.Prepare();
        return cmd;
    }
}
