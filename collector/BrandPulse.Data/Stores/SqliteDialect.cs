using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Stores;

/// <summary>SQLite: <c>BEGIN IMMEDIATE</c> writes, deferred reads under WAL, the migrations as written.</summary>
public sealed class SqliteDialect : StoreDialect
{
    public static SqliteDialect Instance { get; } = new();

    private SqliteDialect()
    {
    }

    public override string Name => "SQLite";

    public override string InsertionOrder => "rowid";

    /// <inheritdoc/>
    public override string InList(string column, string parameter) => $"{column} IN @{parameter}";

    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    // Deferred: the snapshot starts with the first read, and WAL keeps it while writers commit.
    public override DbTransaction BeginSnapshot(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: true);

    public override bool TableExists(DbConnection connection, string table, DbTransaction? transaction = null) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @table;",
            new { table }, transaction) > 0;

    // Each migration runs in BEGIN IMMEDIATE and looks again whether it was applied: that is the lock.
    public override IDisposable LockMigrations(DbConnection connection) => new NoLock();

    public override string Ddl(string sql) => sql;

    /// <summary>
    /// An exclusive lock (flock, through <see cref="FileShare.None"/>) on <c>DB-scope-KEY.lock</c> beside the database,
    /// polled every 50 ms while another connection or process holds it; the file stays (removing it could let two
    /// holders lock two different files).
    /// </summary>
    public override IDisposable LockScope(DbConnection connection, string name)
    {
        string path = $"{((SqliteConnection)connection).DataSource}-scope-{(uint)ScopeKey(name):x8}.lock";
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                Thread.Sleep(50);
            }
        }
    }

    internal override IComplaintRows PrepareComplaintRows(DbConnection connection, DbTransaction transaction) =>
        new SqliteComplaintRows((SqliteConnection)connection);

    private sealed class NoLock : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
