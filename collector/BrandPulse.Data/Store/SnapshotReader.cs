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
        cmd.Parameters.Add(Int64(cmd, "@cutoffMs", cutoffMs));
        if (brandId is not null)
        {
            cmd.Parameters.Add(Int64(cmd, "@brandId", brandId));
        }

        var rows = new List<ComplaintRow>();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        using DbDataReader r = cmd.ExecuteReader();
        long cutoff = cutoffMs ?? long.MaxValue;
        while (r.Read())
        {
            // As of the cut-off: an answer that came later had not come yet, and observation ends there.
            long? response = r.IsDBNull(4) ? null : r.GetInt64(4);
            long? substantive = r.IsDBNull(9) ? null : r.GetInt64(9);
            bool answeredInTime = response < cutoff;
            rows.Add(new ComplaintRow(
                r.GetInt64(0), Intern(r.GetString(1)), Intern(r.GetString(2)), r.GetInt64(3),
                answeredInTime ? response : null,
                Math.Min(Math.Max(r.GetInt64(5), response ?? 0), cutoff),
                answeredInTime && !r.IsDBNull(6) ? Intern(r.GetString(6)) : null,
                r.IsDBNull(7) ? null : Intern(r.GetString(7)),
                r.GetInt64(8) != 0,
                substantive < cutoff ? substantive : null,
                response is not null && !answeredInTime ? null : OptionalText(10), // a person answered after the cut-off: still waiting then
                r.IsDBNull(11) ? null : r.GetInt64(11),
                r.IsDBNull(12) ? null : r.GetInt64(12),
                r.IsDBNull(13) ? null : r.GetInt64(13) != 0,
                OptionalText(14),
                answeredInTime ? OptionalText(15) : null,
                r.IsDBNull(16) ? null : r.GetInt64(16) != 0,
                OptionalText(17),
                OptionalText(18),
                r.IsDBNull(19) ? null : Registry.ComplaintReference.Parse(r.GetString(19))));
        }

        return rows;

        string? OptionalText(int i) => r.IsDBNull(i) ? null : Intern(r.GetString(i));

        string Intern(string s)
        {
            if (!strings.TryGetValue(s, out string? shared))
            {
                strings[s] = shared = s;
            }

            return shared;
        }
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
