using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Schema;

/// <summary>Applies the migrations a database lacks, each in its own transaction, and reads the version.</summary>
public static class Migrator
{
    public static int CurrentVersion(SqliteConnection connection)
    {
        bool hasTable = connection.ExecuteScalar<long>("""
            SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration';
            """) > 0;
        return hasTable
            ? (int)connection.ExecuteScalar<long>("SELECT coalesce(max(version), 0) FROM schema_migration;")
            : 0;
    }

    public static void Apply(SqliteConnection connection)
    {
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migration (
                version     INTEGER PRIMARY KEY,
                description TEXT    NOT NULL
            );
            """);
        int current = CurrentVersion(connection);
        if (current > Migrations.LatestVersion)
        {
            throw new SchemaVersionException(
                $"the database has schema version {current}, newer than this collector knows ({Migrations.LatestVersion}); update BrandPulse");
        }

        foreach (Migration migration in Migrations.All.Where(m => m.Version > current))
        {
            // BEGIN IMMEDIATE, then look again: another collector opening the same new database may have applied it.
            using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
            if (connection.ExecuteScalar<long>("SELECT count(*) FROM schema_migration WHERE version = @Version;", migration, tx) > 0)
            {
                continue;
            }

            if (migration.Sql.Length > 0)
            {
                connection.Execute(migration.Sql, new { databaseId = Guid.NewGuid().ToString("N") }, tx);
            }

            migration.Code?.Invoke(connection, tx);
            connection.Execute(
                "INSERT INTO schema_migration (version, description) VALUES (@Version, @Description);",
                new { migration.Version, migration.Description }, tx);
            tx.Commit();
        }
    }
}
