using System.Data.Common;
using BrandPulse.Data.Schema;
using BrandPulse.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Schema;

public sealed class MigratorTests
{
    [Fact]
    public void A_new_database_gets_every_migration_once_and_reopening_changes_nothing()
    {
        using var tmp = new TempDir();
        string db = tmp.File("bp.db");

        using (DbConnection first = Database.OpenForWrite(db))
        {
            Assert.Equal(Migrations.LatestVersion, Migrator.CurrentVersion(first));
        }

        using DbConnection second = Database.OpenForWrite(db);
        Assert.Equal(Migrations.All.Count, second.ExecuteScalar<long>("SELECT count(*) FROM schema_migration;"));
        Assert.Equal("wal", second.ExecuteScalar<string>("PRAGMA journal_mode;"));
    }

    [Fact]
    public void The_generator_refuses_a_schema_version_it_does_not_know()
    {
        // Given a database written by a newer BrandPulse
        using var tmp = new TempDir();
        string db = tmp.File("bp.db");
        using (DbConnection c = Database.OpenForWrite(db))
        {
            c.Execute("INSERT INTO schema_migration (version, description) VALUES (99, 'from the future');");
        }

        // When the generator (read-only) or the collector opens it, Then both refuse with a clear message
        var read = Assert.Throws<SchemaVersionException>(() => Database.OpenReadOnly(db));
        Assert.Contains("schema version 99", read.Message);
        var write = Assert.Throws<SchemaVersionException>(() => Database.OpenForWrite(db));
        Assert.Contains("newer than this collector knows", write.Message);
    }

    [Fact]
    public void The_generator_refuses_a_file_that_is_not_a_brandpulse_database()
    {
        using var tmp = new TempDir();
        string db = tmp.File("other.db");
        using (var c = new SqliteConnection($"Data Source={db}"))
        {
            c.Open();
            c.Execute("CREATE TABLE t (x INTEGER);");
        }

        var ex = Assert.Throws<SchemaVersionException>(() => Database.OpenReadOnly(db));
        Assert.Contains("not a BrandPulse database", ex.Message);
    }

    [Fact]
    public void The_read_only_connection_cannot_write()
    {
        using var tmp = new TempDir();
        string db = tmp.File("bp.db");
        Database.OpenForWrite(db).Dispose();

        using DbConnection ro = Database.OpenReadOnly(db);
        var ex = Assert.Throws<SqliteException>(() => ro.Execute("DELETE FROM brand;"));
        Assert.Equal(8, ex.SqliteErrorCode); // SQLITE_READONLY
    }
}
