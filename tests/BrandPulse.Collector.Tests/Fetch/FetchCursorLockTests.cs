using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Fetch;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;
using BrandPulse.Testing;
using Dapper;

namespace BrandPulse.Collector.Tests.Fetch;

/// <summary>Two fetchers of one account at once never fetch the same page twice (issue 18: one fetcher per account at a time, the second resuming from the first one.s cursor).</summary>
public sealed class FetchCursorLockTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Stores), MemberType = typeof(TestDatabase))]
    public async Task Two_collectors_of_one_account_at_once_ask_for_each_page_once_and_store_each_record_once(string store)
    {
        // Given one account whose API answers slowly (two pages of mentions)
        using var db = new TestDatabase(store);
        using (DbConnection c = Database.OpenForWrite(db.Db))
        {
            var brands = new BrandStore(c);
            Brand acme = brands.Create("Acme", "Retail", BrandOrigins.Registry, "acme");
            brands.Attach(Channels.Twitter, "AcmeHelp", acme.Id);
        }

        var routes = new XRoutes();
        using var api = new FakeApi(r =>
        {
            if (XRoutes.IsMentions(r))
            {
                Thread.Sleep(300);
            }

            return routes.Answer(r);
        });

        // When two collectors of the account run at once
        async Task<FetchSummary> Collect()
        {
            await Task.Yield();
            using DbConnection c = Database.OpenForWrite(db.Db);
            ComplaintReference.Use(c, Pseudonymizer.ForTests());
            return await LiveCollection.XAsync(c, Pseudonymizer.ForTests(), FetchDb.Options(api, FetchDb.Now), XRoutes.Token, CancellationToken.None);
        }

        FetchSummary[] runs = await Task.WhenAll(Task.Run(Collect), Task.Run(Collect));

        // Then each page of mentions was asked for once (the second collector continued after the first's pages) ...
        string[] pages = [.. api.Requests.Where(XRoutes.IsMentions).Select(r => $"{r.Query["since_id"]}|{r.Query["next_token"]}")];
        Assert.Equal(pages.Length, pages.Distinct().Count());
        Assert.Contains("|", pages); // the first page of the first sweep
        Assert.Contains("|" + XRoutes.NextToken, pages);
        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));

        // ... and every record was stored once: the three of the first sweep, then ...107, the one newer than it
        // (the routes' answer to since_id=...105), with no duplicate counted
        Assert.Equal(["1786000000000000105|", "|", "|" + XRoutes.NextToken], pages.Order(StringComparer.Ordinal));
        Assert.Equal(4, runs.Sum(r => r.Inserted));
        using DbConnection read = Database.OpenReadOnly(db.Db);
        Assert.Equal(4, read.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
        Assert.Equal(0, read.ExecuteScalar<long>("SELECT coalesce(sum(duplicates), 0) FROM import_run;"));
    }
}
