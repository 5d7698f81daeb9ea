using BrandPulse.Data;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Generator.Stages;

/// <summary>The read stage: one consistent snapshot of the database, opened read-only, schema version checked.</summary>
public static class ReadSnapshot
{
    /// <param name="rowsFor">Which brands' complaints to read, given the snapshot without them (see <see cref="SnapshotReader.Read"/>).</param>
    public static Snapshot From(string databasePath, long? cutoffMs = null, Func<Snapshot, IReadOnlySet<long>?>? rowsFor = null)
    {
        using SqliteConnection connection = Database.OpenReadOnly(databasePath);
        return SnapshotReader.Read(connection, cutoffMs, rowsFor);
    }
}
