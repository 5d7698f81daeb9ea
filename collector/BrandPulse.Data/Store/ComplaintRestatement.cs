using System.Data.Common;
using BrandPulse.Data.Model;
using Dapper;

namespace BrandPulse.Data.Store;

/// <summary>
/// Re-reading the same file (same SHA-256) after a rule changed restates its complaints: a stored complaint takes the
/// brand, account and first response (with its kind and first substantive answer) the file now gives. Only the file
/// that stored a complaint restates it: another file of the same source may hold less of its conversation. The old and
/// the new brand get new revisions. A file that does not restate whole conversations (<see cref="Import.ParsedInput.Restates"/>
/// false: IBM, spreadsheets, manual and call logs) restates only what the answer classifier decides: the answer kind and
/// the first substantive answer (<see cref="ApplyKind"/>).
/// </summary>
internal sealed class ComplaintRestatement(DbConnection connection, DbTransaction transaction)
{
    private sealed record Stored(long BrandId, string? AccountKey, long? FirstResponseAtMs, long? FirstSubstantiveAtMs,
        string? ResponseKind, string? InputSha256);

    /// <summary>Whether the complaint was stored by this file and differed: then it is restated.</summary>
    public bool Apply(ComplaintInput c, long brandId, string? accountKey, string inputSha256)
    {
        Stored? stored = connection.QuerySingleOrDefault<Stored>("""
            SELECT c.brand_id AS BrandId, c.account_key AS AccountKey, c.first_response_at_ms AS FirstResponseAtMs,
                   c.first_substantive_at_ms AS FirstSubstantiveAtMs, c.response_kind AS ResponseKind,
                   r.input_sha256 AS InputSha256
            FROM complaint c JOIN import_run r ON r.id = c.import_run_id
            WHERE c.source = @Source AND c.source_key = @SourceKey;
            """, new { c.Source, c.SourceKey }, transaction);
        if (stored is null || stored.InputSha256 != inputSha256
            || (stored.BrandId == brandId && stored.AccountKey == accountKey && stored.FirstResponseAtMs == c.FirstResponseAtMs
                && stored.FirstSubstantiveAtMs == c.FirstSubstantiveAtMs && stored.ResponseKind == c.ResponseKind))
        {
            return false;
        }

        connection.Execute("""
            UPDATE brand SET revision = @revision WHERE id IN (@old, @brandId);
            UPDATE complaint
            SET brand_id = @brandId, account_key = @accountKey, first_response_at_ms = @FirstResponseAtMs,
                first_substantive_at_ms = @FirstSubstantiveAtMs, response_kind = @ResponseKind, quality = @Quality,
                observed_until_ms = CASE WHEN @ObservedUntilMs > observed_until_ms THEN @ObservedUntilMs ELSE observed_until_ms END
            WHERE source = @Source AND source_key = @SourceKey;
            """, new
        {
            revision = Revisions.New(),
            old = stored.BrandId,
            brandId,
            accountKey,
            c.FirstResponseAtMs,
            c.FirstSubstantiveAtMs,
            c.ResponseKind,
            c.Quality,
            c.ObservedUntilMs,
            c.Source,
            c.SourceKey,
        }, transaction);
        return true;
    }

    /// <summary>
    /// Whether the complaint was stored by this file with another answer kind or first substantive answer (the
    /// classifier's rules changed since): then those two are restated, and its brand gets a new revision.
    /// </summary>
    public bool ApplyKind(ComplaintInput c, string inputSha256)
    {
        Stored? stored = connection.QuerySingleOrDefault<Stored>("""
            SELECT c.brand_id AS BrandId, c.account_key AS AccountKey, c.first_response_at_ms AS FirstResponseAtMs,
                   c.first_substantive_at_ms AS FirstSubstantiveAtMs, c.response_kind AS ResponseKind,
                   r.input_sha256 AS InputSha256
            FROM complaint c JOIN import_run r ON r.id = c.import_run_id
            WHERE c.source = @Source AND c.source_key = @SourceKey;
            """, new { c.Source, c.SourceKey }, transaction);
        if (stored is null || stored.InputSha256 != inputSha256
            || (stored.ResponseKind == c.ResponseKind && stored.FirstSubstantiveAtMs == c.FirstSubstantiveAtMs))
        {
            return false;
        }

        connection.Execute("""
            UPDATE brand SET revision = @revision WHERE id = @BrandId;
            UPDATE complaint SET response_kind = @ResponseKind, first_substantive_at_ms = @FirstSubstantiveAtMs
            WHERE source = @Source AND source_key = @SourceKey;
            """, new { revision = Revisions.New(), stored.BrandId, c.ResponseKind, c.FirstSubstantiveAtMs, c.Source, c.SourceKey },
            transaction);
        return true;
    }
}
