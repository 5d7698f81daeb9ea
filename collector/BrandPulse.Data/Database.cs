using System.Data.Common;
using BrandPulse.Data.Schema;
using BrandPulse.Data.Stores;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BrandPulse.Data;

/// <summary>
/// Opens the BrandPulse database named by <c>--db</c> or <c>BRANDPULSE_DB</c>: a SQLite file path, or a PostgreSQL URI
/// (<see cref="PostgresUri"/>). Read-write for the collector (migrated), read-only for the generator (checked).
/// </summary>
public static class Database
{
    /// <summary>How long a writer waits for another writer before giving up (milliseconds).</summary>
    public const int BusyTimeoutMs = 30_000;

    /// <summary>The environment variable naming the database when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "BRANDPULSE_DB";

    /// <summary>The database when <c>--db</c> is not given: <c>BRANDPULSE_DB</c>, else <c>data/brandpulse.db</c>.</summary>
    public static string Default =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } db ? db : "data/brandpulse.db";

    /// <summary>Whether <paramref name="db"/> is a PostgreSQL URI.</summary>
    public static bool IsPostgres(string db) => PostgresUri.IsUri(db);

    /// <summary>The database's name as it may be printed: a URI's password masked.</summary>
    public static string Display(string db) => PostgresUri.Masked(db);

    /// <summary>Whether the database is there to be opened (a PostgreSQL server is asked when it is opened).</summary>
    public static bool Exists(string db) => IsPostgres(db) || File.Exists(db);

    public static DbConnection OpenForWrite(string db)
    {
        DbConnection connection = IsPostgres(db) ? OpenPostgres(db) : OpenSqliteForWrite(db);
        Migrator.Apply(connection);
        return connection;
    }

    public static DbConnection OpenReadOnly(string db)
    {
        if (!Exists(db))
        {
            throw new FileNotFoundException($"no database at {db}: import some complaints first (brandpulse collect import ...)", db);
        }

        DbConnection connection;
        if (IsPostgres(db))
        {
            connection = OpenPostgres(db);
            connection.Execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY;");
        }
        else
        {
            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = db,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
                DefaultTimeout = BusyTimeoutMs / 1000,
            }.ToString());
            connection.Open();
            connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMs};");
        }

        int version = Migrator.CurrentVersion(connection);
        if (version != Migrations.LatestVersion)
        {
            connection.Dispose();
            string name = Display(db);
            throw new SchemaVersionException(version == 0
                ? $"{name} is not a BrandPulse database (no schema version)"
                : $"{name} has schema version {version}; this generator reads version {Migrations.LatestVersion}. "
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

    private static SqliteConnection OpenSqliteForWrite(string path)
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
        return connection;
    }

    /// <summary>A connection to the server; its errors name the database with the password masked.</summary>
    private static NpgsqlConnection OpenPostgres(string uri)
    {
        var connection = new NpgsqlConnection(PostgresUri.ConnectionString(uri));
        try
        {
            connection.Open();
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            connection.Dispose();
            throw new StoreUnavailableException($"cannot connect to {Display(uri)}: {ex.Message}", ex);
        }

        return connection;
    }
}
