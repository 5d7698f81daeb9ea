using System.Data.Common;
using BrandPulse.Data.Store;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Operations;

/// <summary>
/// Erases a person's complaints or single records in one transaction: deletes the complaint rows, gives every brand
/// concerned a new revision (so the next build, incremental or not, no longer counts them), remembers what must not be
/// stored again (<see cref="ErasedSet"/>) and logs the erasure without the identifier.
/// </summary>
public static class Erasure
{
    private sealed record Match(long Id, long BrandId, string Channel);

    /// <param name="commit">False for a dry run: everything is done, counted, and rolled back.</param>
    public static ErasureResult Apply(DbConnection connection, ErasureRequest request, long nowMs, bool commit = true)
    {
        using DbTransaction tx = connection.BeginWrite();
        StoreDialect dialect = StoreDialect.Of(connection);
        var matches = new Dictionary<long, Match>();
        void Add(IEnumerable<Match> found)
        {
            foreach (Match m in found)
            {
                matches[m.Id] = m;
            }
        }

        if (request.ComplainantPseudonyms.Count > 0)
        {
            Add(connection.Query<Match>($"""
                SELECT id AS Id, brand_id AS BrandId, channel AS Channel FROM complaint
                WHERE {dialect.InList("complainant_pseudonym", "pseudonyms")} AND (@channel IS NULL OR channel = @channel);
                """, new { pseudonyms = request.ComplainantPseudonyms.ToArray(), channel = request.Channel }, tx));
        }

        if (request.ContributorPseudonyms.Count > 0)
        {
            Add(connection.Query<Match>($"""
                SELECT id AS Id, brand_id AS BrandId, channel AS Channel FROM complaint
                WHERE {dialect.InList("contributor_pseudonym", "pseudonyms")} AND (@channel IS NULL OR channel = @channel);
                """, new { pseudonyms = request.ContributorPseudonyms.ToArray(), channel = request.Channel }, tx));
        }

        foreach (SourceRecord r in request.Records)
        {
            Add(connection.Query<Match>("""
                SELECT id AS Id, brand_id AS BrandId, channel AS Channel FROM complaint WHERE source = @Source AND source_key = @Key;
                """, r, tx));
        }

        List<long> brands = [.. matches.Values.Select(m => m.BrandId).Distinct()];
        ErasedReferences.Remember(connection, tx, matches.Keys, nowMs);
        connection.Execute("DELETE FROM complaint WHERE id = @Id;", matches.Values, tx);
        // The brands the complaints were stored under and the brands those were merged into: both figures change.
        connection.Execute("""
            UPDATE brand SET revision = @revision
            WHERE id = @brand OR id = (SELECT merged_into FROM brand WHERE id = @brand);
            """, brands.Select(b => new { brand = b, revision = Revisions.New() }), tx);

        // Only a person's channel-wide erasure is remembered for people: an erasure on one channel leaves the others open.
        if (request.Channel is null)
        {
            Remember(connection, tx, ErasedSet.Complainant, request.ComplainantPseudonyms);
            Remember(connection, tx, ErasedSet.Contributor, request.ContributorPseudonyms);
        }

        Remember(connection, tx, ErasedSet.Record, request.Records.Select(r => ErasedSet.RecordDigest(r.Source, r.Key)));
        Dictionary<string, int> byChannel = matches.Values.GroupBy(m => m.Channel, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        long logId = connection.ExecuteScalar<long>("""
            INSERT INTO erasure_log (erased_at_ms, kind, complaints, channels, reason)
            VALUES (@nowMs, @kind, @complaints, @channels, @reason) RETURNING id;
            """, new { nowMs, kind = request.Kind, complaints = matches.Count, channels = string.Join(',', byChannel.Keys), reason = request.Reason }, tx);
        if (commit)
        {
            tx.Commit();
        }

        return new ErasureResult(byChannel, brands.Count, logId);
    }

    private static void Remember(DbConnection connection, DbTransaction tx, string kind, IEnumerable<string> values) =>
        connection.Execute("INSERT INTO erased (kind, value) VALUES (@kind, @value) ON CONFLICT DO NOTHING;",
            values.Distinct(StringComparer.Ordinal).Select(value => new { kind, value }), tx);
}
