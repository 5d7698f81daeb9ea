using System.Data.Common;
using BrandPulse.Data.Schema;
using BrandPulse.Data.Stores;
using BrandPulse.Testing;
using Dapper;

namespace BrandPulse.Data.Tests.Stores;

/// <summary>The same schema and the same data in both stores (issue 18).</summary>
public sealed class PostgresStoreTests
{
    [Fact]
    public void A_new_PostgreSQL_database_gets_every_migration_and_the_same_tables_and_columns_as_SQLite()
    {
        using var lite = new TestDatabase(TestDatabase.Sqlite);
        using var pg = new TestDatabase(TestDatabase.Postgres);

        using DbConnection l = Database.OpenForWrite(lite.Db);
        using DbConnection p = Database.OpenForWrite(pg.Db);

        Assert.Equal(Migrations.LatestVersion, Migrator.CurrentVersion(p));
        string[] sqliteColumns = [.. l.Query<(string Table, string Column, long NotNull)>("""
            SELECT m.name, c.name, c."notnull" OR c.pk > 0 FROM sqlite_master m JOIN pragma_table_info(m.name) c
            WHERE m.type = 'table' ORDER BY 1, 2;
            """).Select(c => $"{c.Table}.{c.Column}{(c.NotNull != 0 ? " not null" : "")}")];
        string[] pgColumns = [.. p.Query<(string Table, string Column, string Nullable)>("""
            SELECT table_name::text, column_name::text, is_nullable::text FROM information_schema.columns
            WHERE table_schema = 'public' ORDER BY table_name::text COLLATE "C", column_name::text COLLATE "C";
            """).Select(c => $"{c.Table}.{c.Column}{(c.Nullable == "NO" ? " not null" : "")}")];
        // (A key column is NOT NULL in PostgreSQL without saying so; in SQLite, rowid keys are, others by declaration.)
        Assert.Equal(sqliteColumns, pgColumns);
        Assert.Contains("complaint.complained_at_ms not null", pgColumns);
        Assert.Equal("bigint", p.ExecuteScalar<string>(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'complaint' AND column_name = 'complained_at_ms';"));
    }

    [Fact]
    public async Task Two_collectors_opening_a_new_PostgreSQL_database_at_once_apply_each_migration_once()
    {
        using var pg = new TestDatabase(TestDatabase.Postgres);

        DbConnection[] opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Database.OpenForWrite(pg.Db))));

        try
        {
            Assert.Equal(Migrations.All.Count, opened[0].ExecuteScalar<long>("SELECT count(*) FROM schema_migration;"));
            Assert.Equal(1, opened[0].ExecuteScalar<long>("SELECT count(*) FROM database_info WHERE name = 'id';"));
        }
        finally
        {
            foreach (DbConnection c in opened)
            {
                c.Dispose();
            }
        }
    }

    [Fact]
    public void The_demo_data_imported_into_either_store_dumps_the_same()
    {
        using var lite = new TestDatabase(TestDatabase.Sqlite);
        using var pg = new TestDatabase(TestDatabase.Postgres);

        DemoDatabase.Create(lite.Db);
        DemoDatabase.Create(pg.Db);

        using DbConnection l = Database.OpenReadOnly(lite.Db);
        using DbConnection p = Database.OpenReadOnly(pg.Db);
        string dump = StoreDump.Canonical(l);
        Assert.True(dump.Length > 10_000);
        Assert.Equal(dump, StoreDump.Canonical(p));
    }

    [Fact]
    public void Importing_the_same_file_again_into_PostgreSQL_adds_nothing()
    {
        using var pg = new TestDatabase(TestDatabase.Postgres);
        DemoDatabase.Create(pg.Db);
        string before;
        using (DbConnection p = Database.OpenReadOnly(pg.Db))
        {
            before = StoreDump.Canonical(p);
        }

        DemoDatabase.Create(pg.Db);

        using DbConnection again = Database.OpenReadOnly(pg.Db);
        string after = StoreDump.Canonical(again);
        Assert.Equal(before.Split("--\n")[0], after.Split("--\n")[0]); // the complaints, each once
    }

    [Fact]
    public void A_PostgreSQL_snapshot_is_read_only_and_repeatable()
    {
        using var pg = new TestDatabase(TestDatabase.Postgres);
        using DbConnection p = Database.OpenForWrite(pg.Db);

        using DbTransaction tx = p.BeginSnapshot();
        Assert.Equal("repeatable read", p.ExecuteScalar<string>("SHOW transaction_isolation;", transaction: tx));
        Assert.Equal("on", p.ExecuteScalar<string>("SHOW transaction_read_only;", transaction: tx));
    }

    [Theory]
    [InlineData("postgresql://bp:s3cr%40t@db.example:6543/brandpulse", "postgresql://bp:***@db.example:6543/brandpulse")]
    [InlineData("postgresql://bp@/brandpulse?host=/run/pg", "postgresql://bp@/brandpulse?host=/run/pg")]
    [InlineData("data/brandpulse.db", "data/brandpulse.db")]
    public void A_printed_URI_never_shows_the_password(string db, string shown)
    {
        Assert.Equal(shown, Database.Display(db));
    }

    [Fact]
    public void Pg_dump_gets_the_password_in_its_environment_never_on_its_command_line()
    {
        var start = BrandPulse.Data.Operations.PostgresBackup.PgDump("postgresql://bp:s3cr%40t@db.example:6543/brandpulse?host=/run/pg", "/tmp/bp.dump");

        Assert.DoesNotContain(start.ArgumentList, a => a.Contains("s3cr", StringComparison.Ordinal));
        Assert.Contains("postgresql://bp@db.example:6543/brandpulse?host=/run/pg", start.ArgumentList);
        Assert.Equal("s3cr@t", start.Environment["PGPASSWORD"]);
        var none = BrandPulse.Data.Operations.PostgresBackup.PgDump("postgresql://bp@/brandpulse?host=/run/pg", "/tmp/bp.dump");
        Assert.Contains("postgresql://bp@/brandpulse?host=/run/pg", none.ArgumentList);
        Assert.Equal(Environment.GetEnvironmentVariable("PGPASSWORD"), none.Environment.TryGetValue("PGPASSWORD", out string? inherited) ? inherited : null);
    }

    [Fact]
    public void A_URI_becomes_a_connection_to_the_named_host_port_database_and_user()
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(PostgresUri.ConnectionString("postgresql://bp:s3cr%40t@db.example:6543/brandpulse"));
        Assert.Equal(("db.example", 6543, "brandpulse", "bp", "s3cr@t"), (b.Host, b.Port, b.Database, b.Username, b.Password));
        var socket = new Npgsql.NpgsqlConnectionStringBuilder(PostgresUri.ConnectionString("postgresql://postgres@/bp?host=/tmp/pg/socket"));
        Assert.Equal(("/tmp/pg/socket", "bp", "postgres"), (socket.Host, socket.Database, socket.Username));
    }
}
