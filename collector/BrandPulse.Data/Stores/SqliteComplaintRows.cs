using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BrandPulse.Data.Stores;

/// <summary>
/// The complaint statements prepared once on the raw SQLite handle and bound by position: Microsoft.Data.Sqlite looks
/// each of the 23 parameters up by name on every execution, which cost about a third of storing a row. Errors are
/// raised as the same <see cref="SqliteException"/> (busy, disk full, constraint) the rest of the code handles.
/// </summary>
internal sealed class SqliteComplaintRows : IComplaintRows
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _update;

    public SqliteComplaintRows(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        _insert = PrepareRaw(_db, ComplaintStore.InsertSql);
        _update = PrepareRaw(_db, ComplaintStore.UpdateSql);
    }

    public bool Insert(ComplaintInput c, long brandId, string? accountKey, long importRunId, Func<int, string> reference)
    {
        Bind(_insert, c, brandId, accountKey, importRunId);
        for (int attempt = 0; ; attempt++)
        {
            raw.sqlite3_bind_text(_insert, 24, reference(attempt));
            int rc = raw.sqlite3_step(_insert);
            int extended = raw.sqlite3_extended_errcode(_db);
            if (rc == raw.SQLITE_DONE)
            {
                raw.sqlite3_reset(_insert);
                return raw.sqlite3_changes(_db) == 1;
            }

            if (extended != raw.SQLITE_CONSTRAINT_UNIQUE || attempt + 1 == Registry.ComplaintReference.MaxAttempts)
            {
                try
                {
                    SqliteException.ThrowExceptionForRC(rc, _db);
                }
                finally
                {
                    raw.sqlite3_reset(_insert);
                }
            }

            raw.sqlite3_reset(_insert);
        }
    }

    public long? Update(ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        Bind(_update, c, brandId, accountKey, importRunId);
        return Step(_update, out long brand) ? brand : null;
    }

    public void Dispose()
    {
        raw.sqlite3_finalize(_insert);
        raw.sqlite3_finalize(_update);
    }

    private static void Bind(sqlite3_stmt stmt, ComplaintInput c, long brandId, string? accountKey, long importRunId)
    {
        Text(stmt, 1, c.Source);
        Text(stmt, 2, c.SourceKey);
        raw.sqlite3_bind_int64(stmt, 3, brandId);
        Text(stmt, 4, c.Channel);
        Text(stmt, 5, accountKey);
        raw.sqlite3_bind_int64(stmt, 6, c.ComplainedAtMs);
        Number(stmt, 7, c.FirstResponseAtMs);
        raw.sqlite3_bind_int64(stmt, 8, c.ObservedUntilMs);
        Text(stmt, 9, c.ComplainantPseudonym);
        Text(stmt, 10, c.ResponseKind);
        Text(stmt, 11, c.Quality);
        raw.sqlite3_bind_int64(stmt, 12, c.Illustrative ? 1 : 0);
        raw.sqlite3_bind_int64(stmt, 13, importRunId);
        Number(stmt, 14, c.FirstSubstantiveAtMs);
        Text(stmt, 15, c.Outcome);
        Number(stmt, 16, c.DialedAtMs);
        Number(stmt, 17, c.AskedPersonAtMs);
        Flag(stmt, 18, c.MenuOfferedPerson);
        Text(stmt, 19, c.ComplaintLanguage);
        Text(stmt, 20, c.AnswerLanguage);
        Flag(stmt, 21, c.TrackingCode);
        Text(stmt, 22, c.Campaign);
        Text(stmt, 23, c.ContributorPseudonym);
    }

    private static void Flag(sqlite3_stmt stmt, int index, bool? value) => Number(stmt, index, value is bool b ? (b ? 1 : 0) : null);

    /// <summary>Runs a statement to its end; true with the first column of its first row when it returned one.</summary>
    private bool Step(sqlite3_stmt stmt, out long first)
    {
        first = 0;
        bool returned = false;
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
            {
                if (!returned)
                {
                    first = raw.sqlite3_column_int64(stmt, 0);
                    returned = true;
                }
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }

        return returned;
    }

    private static void Text(sqlite3_stmt stmt, int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(stmt, index);
        }
        else
        {
            raw.sqlite3_bind_text(stmt, index, value);
        }
    }

    private static void Number(sqlite3_stmt stmt, int index, long? value)
    {
        if (value is long v)
        {
            raw.sqlite3_bind_int64(stmt, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(stmt, index);
        }
    }

    private static sqlite3_stmt PrepareRaw(sqlite3 db, string sql)
    {
        int rc = raw.sqlite3_prepare_v2(db, sql, out sqlite3_stmt stmt);
        if (rc != raw.SQLITE_OK)
        {
            stmt.Dispose();
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        return stmt;
    }
}
