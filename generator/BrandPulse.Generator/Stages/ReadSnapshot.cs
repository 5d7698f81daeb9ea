using BrandPulse.Data;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Generator.Stages;

/// <summary>The read stage: one consistent snapshot of the database, opened read-only, schema version checked.</summary>
public static class ReadSnapshot
{
    public static Snapshot From(string databasePath, long? cutoffMs = null)
    {
        using SqliteConnection connection = Database.OpenReadOnly(databasePath);
        return SnapshotReader.Read(connection, cutoffMs);
    }
}
