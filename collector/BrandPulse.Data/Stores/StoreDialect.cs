using System.Data.Common;
using BrandPulse.Data.Schema;
using Npgsql;

namespace BrandPulse.Data.Stores;

/// <summary>
/// What differs between the two stores, SQLite and PostgreSQL, and nothing else: how a write or a snapshot transaction
/// begins, how migrations are serialised and written, how a table's existence is asked, and the prepared statements of
/// the import's hot path. Every other query is the same Dapper call with the same SQL on a <see cref="DbConnection"/>.
/// </summary>
public abstract class StoreDialect
{
    /// <summary>The dialect of an open connection.</summary>
    public static StoreDialect Of(DbConnection connection) =>
        connection is NpgsqlConnection ? PostgresDialect.Instance : SqliteDialect.Instance;

    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Begins a write transaction that holds the store's writer lock from its first statement (SQLite: <c>BEGIN
    /// IMMEDIATE</c>; PostgreSQL: a transaction-scoped advisory lock), so two writers never interleave and a writer that
    /// checks before it writes sees what the previous one committed.
    /// </summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Begins a read-only transaction that sees one consistent snapshot until it ends.</summary>
    public abstract DbTransaction BeginSnapshot(DbConnection connection);

    /// <summary>Whether the table exists.</summary>
    public abstract bool TableExists(DbConnection connection, string table, DbTransaction? transaction = null);

    /// <summary>Holds the lock under which migrations are checked and applied, so two collectors apply each one once.</summary>
    public abstract IDisposable LockMigrations(DbConnection connection);

    /// <summary>A migration's SQL for this store: its own form when it has one, else the shared SQL in its types.</summary>
    public string MigrationSql(Migration migration) =>
        Forms.TryGetValue(migration.Version, out string? form) ? form : Ddl(migration.Sql);

    /// <summary>
    /// Holds a named lock (such as one live account's fetch) across transactions until disposed, waiting while another
    /// connection or process holds it. Unlike <see cref="BeginWrite"/>, other writers are not held up: PostgreSQL takes a
    /// session advisory lock on the name's hash; SQLite an exclusive lock on a small file beside the database.
    /// </summary>
    public abstract IDisposable LockScope(DbConnection connection, string name);

    /// <summary>A stable 32-bit key of a lock's name (the first four bytes of its SHA-256).</summary>
    protected static int ScopeKey(string name) =>
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));

    /// <summary>Shared SQL (written in SQLite's types) in this store's types.</summary>
    public abstract string Ddl(string sql);

    /// <summary>SQL a migration needs in this store beyond <see cref="Ddl"/>, by version.</summary>
    protected virtual IReadOnlyDictionary<int, string> Forms { get; } = new Dictionary<int, string>();

    /// <summary>
    /// "<paramref name="column"/> is one of the list <paramref name="parameter"/>" (a Dapper parameter holding an
    /// array): SQLite's <c>IN @list</c>, which Dapper expands; PostgreSQL's <c>= ANY(@list)</c>, as Dapper passes a list
    /// to Npgsql as one array parameter.
    /// </summary>
    public abstract string InList(string column, string parameter);

    /// <summary>A column that orders a table's rows as they were inserted, for migrations that replay history.</summary>
    public abstract string InsertionOrder { get; }

    /// <summary>Prepares the insert and update of one complaint row (see <see cref="Store.ComplaintStore"/>).</summary>
    internal abstract IComplaintRows PrepareComplaintRows(DbConnection connection, DbTransaction transaction);
}
