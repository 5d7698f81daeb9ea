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
    /// <param name="openAnother">
    /// Opens another read-only connection to the same SQLite database, to read the complaint table in two halves at
    /// once (<see cref="ReadInHalves"/>); null: one connection reads everything.
    /// </param>
    public static Snapshot Read(DbConnection connection, long? cutoffMs = null, Func<Snapshot, IReadOnlySet<long>?>? rowsFor = null,
        Func<DbConnection>? openAnother = null) => Read(connection, cutoffMs, rowsFor, openAnother, HalvesFrom);

    /// <param name="halvesFrom">From how many ids on the table is read in halves (tests read small tables in halves).</param>
    internal static Snapshot Read(DbConnection connection, long? cutoffMs, Func<Snapshot, IReadOnlySet<long>?>? rowsFor,
        Func<DbConnection>? openAnother, long halvesFrom)
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
        List<ComplaintRow> complaints = chosen is not null ? []
            : openAnother is not null && connection is Microsoft.Data.Sqlite.SqliteConnection ? ReadInHalves(connection, tx, cutoffMs, stamps, openAnother, halvesFrom)
            : ReadComplaints(connection, tx, cutoffMs, null);
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
    /// Every complaint, the table read in two halves of its ids at once, the second on another connection (SQLite reads
    /// a row set on one core). The other connection's snapshot is used only if it sees the same brand revisions as this
    /// one: every write that changes complaints gives its brand a new revision, so equal revisions mean equal complaints
    /// (the rule incremental builds rely on); otherwise a collector wrote in between and this connection reads it all.
    /// </summary>
    private static List<ComplaintRow> ReadInHalves(DbConnection connection, DbTransaction tx, long? cutoffMs, List<BrandStamp> stamps,
        Func<DbConnection> openAnother, long halvesFrom)
    {
        (long? first, long? last) = connection.QuerySingle<(long?, long?)>("SELECT min(id), max(id) FROM complaint;", transaction: tx);
        if (first is not long low || last is not long high || high - low < halvesFrom)
        {
            return ReadComplaints(connection, tx, cutoffMs, null);
        }

        using DbConnection other = openAnother();
        using DbTransaction otherTx = other.BeginSnapshot();
        if (!ReadStamps(other, otherTx).SequenceEqual(stamps))
        {
            return ReadComplaints(connection, tx, cutoffMs, null);
        }

        long middle = low + ((high - low) / 2);
        Task<List<ComplaintRow>> upper = Task.Run(() => ReadComplaints(other, otherTx, cutoffMs, null, (middle, high)));
        List<ComplaintRow> rows;
        try
        {
            rows = ReadComplaints(connection, tx, cutoffMs, null, (low - 1, middle));
        }
        catch
        {
            upper.ContinueWith(_ => { }, TaskScheduler.Default).Wait(); // the other connection is closed only once it is done
            throw;
        }

        rows.AddRange(upper.GetAwaiter().GetResult());
        otherTx.Commit();
        return rows;
    }

    /// <summary>From how many ids on the table it is read in halves (below, a second connection costs more than it saves).</summary>
    internal const long HalvesFrom = 50_000;

    /// <summary>
    /// Streams the complaints (hot path: a million rows read without per-row reflection), in no particular order:
    /// sorting a million rows in SQLite costs seconds, and nothing downstream depends on the order (the statistics sort
    /// their samples, the downloads sort their rows).
    /// </summary>
    /// <param name="ids">Only the complaints whose id is above the first and at most the second; null: all.</param>
    private static List<ComplaintRow> ReadComplaints(DbConnection connection, DbTransaction tx, long? cutoffMs, long? brandId,
        (long After, long Last)? ids = null)
    {
        string sql = $"""
            SELECT brand_id, channel, source, complained_at_ms, first_response_at_ms, observed_until_ms,
                   response_kind, quality, illustrative, first_substantive_at_ms, outcome, dialed_at_ms,
                   asked_person_at_ms, menu_offered_person, complaint_language, answer_language, tracking_code, campaign,
                   contributor_pseudonym, reference
            FROM complaint
            WHERE (@cutoffMs IS NULL OR complained_at_ms < @cutoffMs)
            {(brandId is null ? "" : "AND brand_id = @brandId")}
            {(ids is null ? "" : "AND id > @afterId AND id <= @lastId")};
            """;
        (string, long?)[] parameters = [("@cutoffMs", cutoffMs), ("@brandId", brandId), ("@afterId", ids?.After), ("@lastId", ids?.Last)];
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            using var columns = new SqliteColumns(sqlite, sql, parameters);
            return Rows(columns, cutoffMs);
        }

        using DbCommand cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach ((string name, long? value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                cmd.Parameters.Add(Int64(cmd, name, value));
            }
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
