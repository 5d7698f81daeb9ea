using System.Data.Common;
using BrandPulse.Data.Campaigns;
using BrandPulse.Data.Model;
using BrandPulse.Data.Schema;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Store;

/// <summary>
/// Reads what the site is built from inside one read transaction, so that collectors writing at the same time
/// never show through half-way (SQLite: WAL keeps the snapshot; PostgreSQL: <c>REPEATABLE READ, READ ONLY</c>).
/// </summary>
public static class SnapshotReader
{
    /// <param name="cutoffMs">For an edition: only complaints made before it, as they stood at that moment.</param>
    /// <param name="rowsFor">
    /// Given the snapshot without complaints (brands, their stamps, the database id), the brands whose complaints to read
    /// (null: all of them). An incremental build reads only the brands that changed since it last saw them; the rest of
    /// the snapshot is always whole.
    /// </param>
    public static Snapshot Read(DbConnection connection, long? cutoffMs = null, Func<Snapshot, IReadOnlySet<long>?>? rowsFor = null)
    {
        using DbTransaction tx = connection.BeginSnapshot();
        var brands = new BrandStore(connection, tx);
        IReadOnlyList<Brand> all = WithLawScopes(connection, tx, brands.All());
        IReadOnlyList<BrandAccount> accounts = brands.Accounts();
        string databaseId = connection.ExecuteScalar<string>("SELECT value FROM database_info WHERE name = 'id';", transaction: tx) ?? "";
        List<BrandStamp> stamps = ReadStamps(connection, tx);
        IReadOnlyDictionary<string, bool> dataSets = DataSetStore.All(connection, tx);
        IReadOnlyList<Campaign> campaigns = new CampaignStore(connection, tx).All();
        IReadOnlySet<long>? chosen = rowsFor?.Invoke(new Snapshot(all, accounts, [], 0)
        {
            DatabaseId = databaseId,
            Stamps = stamps,
            DataSets = dataSets,
            Campaigns = campaigns,
        });
        List<ComplaintRow> complaints = chosen is null ? ReadComplaints(connection, tx, cutoffMs, null) : [];
        if (chosen is not null)
        {
            foreach (long brandId in chosen.Order())
            {
                complaints.AddRange(ReadComplaints(connection, tx, cutoffMs, brandId));
            }
        }

        IReadOnlyList<(string, string)> aliases = brands.Aliases();
        int version = Migrator.CurrentVersion(connection, tx);
        IReadOnlyList<CampaignCounts> campaignCounts = CampaignCountReader.Read(connection, tx, campaigns, cutoffMs);
        IReadOnlyList<ErasedReference> erased = Operations.ErasedReferences.All(connection, tx);
        tx.Commit();
        return new Snapshot(all, accounts, complaints, version, aliases)
        {
            DatabaseId = databaseId,
            Stamps = stamps,
            DataSets = dataSets,
            Campaigns = campaigns,
            CampaignCounts = campaignCounts,
            ErasedReferences = erased,
        };
    }

    /// <summary>The brands with their <see cref="Brand.LawScope"/> (schema v6).</summary>
    private static List<Brand> WithLawScopes(DbConnection connection, DbTransaction tx, IReadOnlyList<Brand> brands)
    {
        Dictionary<long, string> scopes = connection.Query<(long Id, string Scope)>(
            "SELECT id AS Id, law_scope AS Scope FROM brand;", transaction: tx).ToDictionary(r => r.Id, r => r.Scope);
        return [.. brands.Select(b => scopes.TryGetValue(b.Id, out string? scope) ? b with { LawScope = scope } : b)];
    }

    /// <summary>
    /// Per brand, its revision: a new random value with every write that changes its complaints (from the brand table
    /// alone; no complaint is read).
    /// </summary>
    private static List<BrandStamp> ReadStamps(DbConnection connection, DbTransaction tx) =>
        connection.Query<BrandStamp>("SELECT id AS BrandId, revision AS Revision FROM brand ORDER BY id;", transaction: tx).AsList();

    /// <summary>
    /// Streams the complaints (hot path: a million rows read without per-row reflection), in no particular order:
    /// sorting a million rows in SQLite costs seconds, and nothing downstream depends on the order (the statistics sort
    /// their samples, the downloads sort their rows).
    /// </summary>
    private static List<ComplaintRow> ReadComplaints(DbConnection connection, DbTransaction tx, long? cutoffMs, long? brandId)
    {
        using DbCommand cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = brandId is null
            ? """
              SELECT brand_id, channel, source, complained_at_ms, first_response_at_ms, observed_until_ms,
                     response_kind, quality, illustrative, first_substantive_at_ms, outcome, dialed_at_ms,
                     asked_person_at_ms, menu_offered_person, complaint_language, answer_language, tracking_code, campaign,
                     contributor_pseudonym, reference
              FROM complaint
              WHERE @cutoffMs IS NULL OR complained_at_ms < @cutoffMs;
              """
            : """
              SELECT brand_id, channel, source, complained_at_ms, first_response_at_ms, observed_until_ms,
                     response_kind, quality, illustrative, first_substantive_at_ms, outcome, dialed_at_ms,
                     asked_person_at_ms, menu_offered_person, complaint_language, answer_language, tracking_code, campaign,
                     contributor_pseudonym, reference
              FROM complaint
              WHERE brand_id = @brandId AND (@cutoffMs IS NULL OR complained_at_ms < @cutoffMs);
              """;
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            using var columns = new SqliteColumns(sqlite, cmd.CommandText, [("@cutoffMs", cutoffMs), ("@brandId", brandId)]);
            return Rows(columns, cutoffMs);
        }

        cmd.Parameters.Add(Int64(cmd, "@cutoffMs", cutoffMs));
        if (brandId is not null)
        {
            cmd.Parameters.Add(Int64(cmd, "@brandId", brandId));
        }

        using DbDataReader reader = cmd.ExecuteReader();
        return Rows(new DataReaderColumns(reader), cutoffMs);
    }

    /// <summary>The complaint rows of the query's columns, as they stood at the cut-off.</summary>
    private static List<ComplaintRow> Rows<T>(T r, long? cutoffMs)
        where T : IComplaintColumns
    {
        var rows = new List<ComplaintRow>();
        long cutoff = cutoffMs ?? long.MaxValue;
        while (r.Read())
        {
            // As of the cut-off: an answer that came later had not come yet, and observation ends there.
            long? response = r.IsNull(4) ? null : r.Int64(4);
            long? substantive = r.IsNull(9) ? null : r.Int64(9);
            bool answeredInTime = response < cutoff;
            rows.Add(new ComplaintRow(
                r.Int64(0), r.Text(1), r.Text(2), r.Int64(3),
                answeredInTime ? response : null,
                Math.Min(Math.Max(r.Int64(5), response ?? 0), cutoff),
                answeredInTime && !r.IsNull(6) ? r.Text(6) : null,
                r.IsNull(7) ? null : r.Text(7),
                r.Int64(8) != 0,
                substantive < cutoff ? substantive : null,
                response is not null && !answeredInTime ? null : OptionalText(r, 10), // a person answered after the cut-off: still waiting then
                r.IsNull(11) ? null : r.Int64(11),
                r.IsNull(12) ? null : r.Int64(12),
                r.IsNull(13) ? null : r.Int64(13) != 0,
                OptionalText(r, 14),
                answeredInTime ? OptionalText(r, 15) : null,
                r.IsNull(16) ? null : r.Int64(16) != 0,
                OptionalText(r, 17),
                OptionalText(r, 18),
                r.IsNull(19) ? null : r.Reference(19)));
        }

        return rows;

        static string? OptionalText(T r, int i) => r.IsNull(i) ? null : r.Text(i);
    }

    private static DbParameter Int64(DbCommand cmd, string name, long? value)
    {
        DbParameter p = cmd.CreateParameter();
        p.ParameterName = name;
        p.DbType = System.Data.DbType.Int64;
        p.Value = (object?)value ?? DBNull.Value;
        return p;
    }
}
