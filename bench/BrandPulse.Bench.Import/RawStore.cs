using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BrandPulse.Bench;

/// <summary>
/// A measuring prototype of the store path, not used by the collector: the same import_run row, statements, keys and
/// transaction as <see cref="ImportSession"/>, but each statement prepared once on the raw SQLite handle and bound by
/// position (Microsoft.Data.Sqlite looks every parameter up by name, as UTF-8, on every execution). Brands must all be
/// known (as in the W1 benchmark, after <c>brands load</c>); it exists to put a number on the recommended change.
/// </summary>
internal static class RawStore
{
    private const string InsertSql = """
        INSERT INTO complaint (source, source_key, brand_id, channel, account_key, complained_at_ms, first_response_at_ms,
                               observed_until_ms, complainant_pseudonym, response_kind, quality, illustrative, import_run_id,
                               first_substantive_at_ms)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
        ON CONFLICT (source, source_key) DO NOTHING;
        """;

    private const string UpdateSql = """
        UPDATE complaint
        SET first_response_at_ms = coalesce(first_response_at_ms, ?7),
            first_substantive_at_ms = coalesce(first_substantive_at_ms, ?14),
            response_kind = CASE WHEN first_response_at_ms IS NULL THEN ?10 ELSE response_kind END,
            quality = CASE WHEN first_response_at_ms IS NULL THEN ?11 ELSE quality END,
            observed_until_ms = CASE WHEN ?8 > observed_until_ms THEN ?8 ELSE observed_until_ms END
        WHERE source = ?1 AND source_key = ?2
          AND ((first_response_at_ms IS NULL AND ?7 IS NOT NULL)
               OR (first_substantive_at_ms IS NULL AND ?14 IS NOT NULL)
               OR ?8 > observed_until_ms);
        """;

    public static (int Accepted, int Updated, int Duplicates) Write(SqliteConnection connection, ParsedInput input)
    {
        using SqliteTransaction tx = connection.BeginTransaction();
        var brands = new BrandStore(connection, tx);
        Dictionary<(string, string), long> accounts = brands.Accounts().ToDictionary(a => (a.Channel, a.AccountKey), a => a.BrandId);
        var byName = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        long runId = connection.ExecuteScalar<long>("""
            INSERT INTO import_run (source, input_name, input_sha256, started_at_ms)
            VALUES (@Source, @InputName, NULL, @now) RETURNING id;
            """, new { input.Source, input.InputName, now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, tx);

        sqlite3 db = connection.Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, InsertSql, out sqlite3_stmt insert));
        Check(db, raw.sqlite3_prepare_v2(db, UpdateSql, out sqlite3_stmt update));
        int accepted = 0, updated = 0, duplicates = 0;
        try
        {
            foreach (ComplaintInput c in input.Complaints)
            {
                long brandId;
                string? accountKey = null;
                if (c.AccountHandle is { } handle)
                {
                    accountKey = BrandStore.AccountKey(handle);
                    brandId = accounts[(c.Channel, accountKey)];
                }
                else if (!byName.TryGetValue(c.BrandName!.Trim(), out brandId))
                {
                    Brand brand = brands.ByName(c.BrandName) ?? throw new InvalidOperationException($"unknown brand {c.BrandName}");
                    byName[c.BrandName.Trim()] = brandId = brand.MergedInto ?? brand.Id;
                }

                if (Run(db, insert, c, brandId, accountKey, runId) == 1)
                {
                    accepted++;
                }
                else if (Run(db, update, c, brandId, accountKey, runId) == 1)
                {
                    updated++;
                }
                else
                {
                    duplicates++;
                }
            }
        }
        finally
        {
            raw.sqlite3_finalize(insert);
            raw.sqlite3_finalize(update);
        }

        if (input.ObservationEndMs is long end)
        {
            using var store = new ComplaintStore(connection, tx);
            store.ExtendObservation(input.Source, end);
        }

        connection.Execute("UPDATE import_run SET accepted = @accepted, updated = @updated, duplicates = @duplicates WHERE id = @runId;",
            new { accepted, updated, duplicates, runId }, tx);
        tx.Commit();
        return (accepted, updated, duplicates);
    }

    private static int Run(sqlite3 db, sqlite3_stmt stmt, ComplaintInput c, long brandId, string? accountKey, long runId)
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
        raw.sqlite3_bind_int64(stmt, 13, runId);
        Number(stmt, 14, c.FirstSubstantiveAtMs);
        int rc = raw.sqlite3_step(stmt);
        raw.sqlite3_reset(stmt);
        if (rc != raw.SQLITE_DONE)
        {
            throw new InvalidOperationException($"sqlite3_step: {rc} {raw.sqlite3_errmsg(db).utf8_to_string()}");
        }

        return raw.sqlite3_changes(db);
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

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"sqlite3_prepare: {rc} {raw.sqlite3_errmsg(db).utf8_to_string()}");
        }
    }
}
