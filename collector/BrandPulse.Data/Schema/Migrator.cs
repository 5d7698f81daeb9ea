using System.Data.Common;
using BrandPulse.Data.Store;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Schema;

/// <summary>Applies the migrations a database lacks, each in its own transaction, and reads the version.</summary>
public static class Migrator
{
    public static int CurrentVersion(DbConnection connection, DbTransaction? transaction = null) =>
        StoreDialect.Of(connection).TableExists(connection, "schema_migration", transaction)
            ? (int)connection.ExecuteScalar<long>("SELECT coalesce(max(version), 0) FROM schema_migration;", transaction: transaction)
            : 0;

    public static void Apply(DbConnection connection)
    {
        StoreDialect dialect = StoreDialect.Of(connection);
        using IDisposable migrationLock = dialect.LockMigrations(connection);
        connection.Execute(dialect.Ddl("""
            CREATE TABLE IF NOT EXISTS schema_migration (
                version     INTEGER PRIMARY KEY,
                description TEXT    NOT NULL
            );
            """));
        int current = CurrentVersion(connection);
        if (current > Migrations.LatestVersion)
        {
            throw new SchemaVersionException(
                $"the database has schema version {current}, newer than this collector knows ({Migrations.LatestVersion}); update BrandPulse");
        }

        foreach (Migration migration in Migrations.All.Where(m => m.Version > current))
        {
            // The writer's lock, then look again: another collector opening the same new database may have applied it.
            using DbTransaction tx = dialect.BeginWrite(connection);
            if (connection.ExecuteScalar<long>("SELECT count(*) FROM schema_migration WHERE version = @Version;", migration, tx) > 0)
            {
                continue;
            }

            string sql = dialect.MigrationSql(migration);
            if (sql.Length > 0)
            {
                connection.Execute(sql, new { databaseId = Guid.NewGuid().ToString("N"), revision = Revisions.New() }, tx);
            }

            migration.Code?.Invoke(connection, tx);
            connection.Execute(
                "INSERT INTO schema_migration (version, description) VALUES (@Version, @Description);",
                new { migration.Version, migration.Description }, tx);
            tx.Commit();
        }
    }
}
