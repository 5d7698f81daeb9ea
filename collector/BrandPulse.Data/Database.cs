using BrandPulse.Data.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data;

/// <summary>Opens the BrandPulse database: read-write for the collector (migrated), read-only for the generator (checked).</summary>
public static class Database
{
    /// <summary>How long a writer waits for another writer before giving up (milliseconds).</summary>
    public const int BusyTimeoutMs = 30_000;

    public static SqliteConnection OpenForWrite(string path)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString());
        connection.Open();
        // A 64 MB page cache: an import is one large transaction, and with the default 2 MB its pages spill to the WAL
        // half-way (same durability; only memory).
        connection.Execute($"""
            PRAGMA busy_timeout = {BusyTimeoutMs};
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA foreign_keys = ON;
            PRAGMA cache_size = -65536;
            """);
        Migrator.Apply(connection);
        return connection;
    }

    public static SqliteConnection OpenReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no database at {path}: import some complaints first (brandpulse collect import ...)", path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString());
        connection.Open();
        connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMs};");
        int version = Migrator.CurrentVersion(connection);
        if (version != Migrations.LatestVersion)
        {
            connection.Dispose();
            throw new SchemaVersionException(version == 0
                ? $"{path} is not a BrandPulse database (no schema version)"
                : $"{path} has schema version {version}; this generator reads version {Migrations.LatestVersion}. "
                  + (version < Migrations.LatestVersion ? "Open it once with the collector to migrate it." : "Update BrandPulse."));
        }

        return connection;
    }

    /// <summary>An in-memory database with the schema applied, for tests.</summary>
    public static SqliteConnection OpenInMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON;");
        Migrator.Apply(connection);
        return connection;
    }
}
