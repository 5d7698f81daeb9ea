using System.Data.Common;
using System.Text;
using BrandPulse.Data;
using BrandPulse.Data.Fetch;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;
using Dapper;

namespace BrandPulse.Collector.Tests.Fetch;

/// <summary>A database file in a fresh temporary folder with one registered brand, Acme (twitter/AcmeHelp, bluesky/acme.bsky.social).</summary>
internal sealed class FetchDb : IDisposable
{
    public static readonly DateTimeOffset Now = new(2024, 5, 2, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Later = Now.AddHours(2);

    private readonly string _dir = Directory.CreateTempSubdirectory("bp-fetch-").FullName;

    public FetchDb()
    {
        using DbConnection c = Open();
        var brands = new BrandStore(c);
        Brand acme = brands.Create("Acme", "Retail", BrandOrigins.Registry, "acme");
        brands.Attach(Channels.Twitter, "AcmeHelp", acme.Id);
        brands.Attach(Channels.Bluesky, "acme.bsky.social", acme.Id);
    }

    public string Path => System.IO.Path.Combine(_dir, "brandpulse.db");

    public string Folder => _dir;

    public DbConnection Open() => Database.OpenForWrite(Path);

    public static FetchOptions Options(FakeApi api, DateTimeOffset now) =>
        new(api.BaseUrl, now.ToUnixTimeMilliseconds(), TimeProvider.System)
        {
            RetryDelay = TimeSpan.FromMilliseconds(10),
            Timeout = TimeSpan.FromSeconds(2),
            MaxWait = TimeSpan.FromSeconds(5),
            MaxRetries = 2,
        };

    public async Task<FetchSummary> XAsync(FetchOptions options)
    {
        using DbConnection c = Open();
        return await LiveCollection.XAsync(c, Pseudonymizer.ForTests(), options, XRoutes.Token, CancellationToken.None);
    }

    public async Task<FetchSummary> BlueskyAsync(FetchOptions options)
    {
        using DbConnection c = Open();
        return await LiveCollection.BlueskyAsync(c, Pseudonymizer.ForTests(), options, CancellationToken.None);
    }

    public IReadOnlyList<ComplaintRowView> Complaints()
    {
        using DbConnection c = Open();
        return c.Query<ComplaintRowView>("""
            SELECT source_key AS SourceKey, complained_at_ms AS ComplainedAtMs, first_response_at_ms AS FirstResponseAtMs,
                   first_substantive_at_ms AS FirstSubstantiveAtMs, response_kind AS ResponseKind, observed_until_ms AS ObservedUntilMs,
                   quality AS Quality, complainant_pseudonym AS ComplainantPseudonym
            FROM complaint ORDER BY source, source_key;
            """).AsList();
    }

    public string Cursor(string source, string scope)
    {
        using DbConnection c = Open();
        return c.QuerySingleOrDefault<string>("SELECT cursor FROM fetch_cursor WHERE source = @source AND scope = @scope;", new { source, scope }) ?? "";
    }

    /// <summary>The canonical dump: complaints and cursors without row ids, run ids or save times.</summary>
    public string CanonicalDump()
    {
        using DbConnection c = Open();
        var dump = new StringBuilder();
        foreach (dynamic row in c.Query("""
            SELECT source, source_key, brand_id, channel, account_key, complained_at_ms, first_response_at_ms, first_substantive_at_ms,
                   observed_until_ms, complainant_pseudonym, response_kind, quality FROM complaint ORDER BY source, source_key;
            """))
        {
            dump.AppendLine(string.Join("|", ((IDictionary<string, object?>)row).Values));
        }

        foreach (dynamic row in c.Query("SELECT source, scope, cursor FROM fetch_cursor ORDER BY source, scope;"))
        {
            dump.AppendLine(string.Join("|", ((IDictionary<string, object?>)row).Values));
        }

        return dump.ToString();
    }

    /// <summary>Every value in every table, as text (for secret canaries).</summary>
    public string FullDump()
    {
        using DbConnection c = Open();
        var dump = new StringBuilder();
        foreach (string table in c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table';"))
        {
            foreach (dynamic row in c.Query($"SELECT * FROM \"{table}\";"))
            {
                dump.AppendLine(table + ": " + string.Join("|", ((IDictionary<string, object?>)row).Values));
            }
        }

        return dump.ToString();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>A stored complaint as the tests look at it.</summary>
internal sealed record ComplaintRowView(string SourceKey, long ComplainedAtMs, long? FirstResponseAtMs, long? FirstSubstantiveAtMs,
    string? ResponseKind, long ObservedUntilMs, string? Quality, string? ComplainantPseudonym);
