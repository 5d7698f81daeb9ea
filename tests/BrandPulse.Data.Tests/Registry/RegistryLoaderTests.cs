using System.Data.Common;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Registry;

public sealed class RegistryLoaderTests
{
    [Fact]
    public void The_committed_registry_loads_without_rejections()
    {
        var issues = new List<ImportIssue>();
        IReadOnlyList<RegistryEntry> entries = RegistryFile.Read(RepoPaths.Data("brands.csv"), issues);

        Assert.Empty(issues);
        Assert.Contains(entries, e => e.Slug == "apple" && e.Accounts.Contains((Channels.Twitter, "AppleSupport")));
        Assert.Equal(LawScopes.LargeCompany, entries.Single(e => e.Slug == "apple").LawScope);
        Assert.Equal(LawScopes.NotCovered, entries.Single(e => e.Slug == "comcast").LawScope);
    }

    [Fact]
    public void The_law_scope_follows_the_registry_into_the_snapshot_and_a_bad_one_is_rejected_with_its_line()
    {
        // Given a registry with a law_scope column: one covered brand, one left empty, one misspelt
        using var tmp = new TempDir();
        string path = tmp.File("brands.csv");
        File.WriteAllText(path, "slug,name,industry,accounts,law_scope\nacme,Acme,Telecoms,,basic_service\nzeta,Zeta,,,\nbad,Bad,,,large\n");
        var issues = new List<ImportIssue>();

        // When it is read and loaded
        IReadOnlyList<RegistryEntry> entries = RegistryFile.Read(path, issues);
        using DbConnection db = Database.OpenInMemory();
        RegistryLoader.Apply(db, entries);
        Dictionary<string, string> scopes = BrandPulse.Data.Store.SnapshotReader.Read(db).Brands.ToDictionary(b => b.Slug, b => b.LawScope);

        // Then the scopes are stored (empty is unknown) and the misspelt row is rejected, naming line and field
        Assert.Equal(LawScopes.BasicService, scopes["acme"]);
        Assert.Equal(LawScopes.Unknown, scopes["zeta"]);
        Assert.False(scopes.ContainsKey("bad"));
        ImportIssue issue = Assert.Single(issues);
        Assert.Equal((4, "law_scope"), (issue.Line, issue.Field));

        // and a later registry can change a brand's scope
        RegistryLoader.Apply(db, [new RegistryEntry("acme", "Acme", "Telecoms", [], 2, LawScopes.NotCovered)]);
        Assert.Equal(LawScopes.NotCovered, db.ExecuteScalar<string>("SELECT law_scope FROM brand WHERE slug = 'acme';"));
    }

    [Fact]
    public void Registering_an_account_moves_it_and_its_complaints_from_the_brand_an_import_made_up()
    {
        // Given complaints imported before the registry knew the account
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(new ParsedInput("test", "t", [
            new ComplaintInput("test", "1", Channels.Twitter, "AppleSupport", null, 0, 60_000, 60_000),
        ], [], new Dictionary<string, long>()));

        // When the registry says AppleSupport is Apple's
        RegistryLoader.Apply(db, [new RegistryEntry("apple", "Apple", "Technology", [(Channels.Twitter, "AppleSupport")], 2)]);

        // Then the complaint is Apple's, and the made-up brand keeps its slug but has nothing left
        Assert.Equal("apple", db.ExecuteScalar<string>("SELECT b.slug FROM complaint c JOIN brand b ON b.id = c.brand_id;"));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM brand WHERE slug = 'applesupport';"));
    }

    [Fact]
    public void A_brand_keeps_its_slug_when_its_name_changes()
    {
        using DbConnection db = Database.OpenInMemory();
        RegistryLoader.Apply(db, [new RegistryEntry("comcast", "Comcast", null, [], 2)]);

        RegistryLoadResult r = RegistryLoader.Apply(db, [new RegistryEntry("comcast", "Comcast Xfinity", "Telecoms", [], 2)]);

        Assert.Equal(1, r.Updated);
        Assert.Equal("Comcast Xfinity", db.ExecuteScalar<string>("SELECT display_name FROM brand WHERE slug = 'comcast';"));
    }

    [Fact]
    public void A_brand_logged_before_it_was_registered_under_another_spelling_is_merged_into_the_registry_brand()
    {
        // Given Telefónica logged by hand, decomposed and in capitals, before the registry knew it
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(new ParsedInput("manual", "log", [
            new ComplaintInput("manual", "1", Channels.Phone, null, "TELEFO\u0301NICA", 0, 60_000, 60_000),
        ], [], new Dictionary<string, long>()));

        // When the registry adds it under its own slug, with a handle holding a zero-width space
        var issues = new List<ImportIssue>();
        string file = Path.Combine(Path.GetTempPath(), $"bp-registry-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "slug,name,industry,accounts\ntelefonica-sa,Telef\u00F3nica,Telecom,twitter:Tele\u200Bfonica\n");
        RegistryLoadResult result = RegistryLoader.Apply(db, RegistryFile.Read(file, issues));
        File.Delete(file);

        // Then the complaint is the registry brand's, the logged brand's address redirects, and the handle is clean
        Assert.Equal((1, 1), (result.Added, result.Merged));
        Assert.Equal("telefonica-sa", db.ExecuteScalar<string>("SELECT b.slug FROM complaint c JOIN brand b ON b.id = c.brand_id;"));
        Assert.Equal("telefonica-sa", db.ExecuteScalar<string>("SELECT b.slug FROM brand_slug_alias a JOIN brand b ON b.id = a.brand_id WHERE a.slug = 'telefonica';"));
        Assert.Equal(("telefonica", "Telefonica"), db.QuerySingle<(string, string)>("SELECT account_key, handle FROM brand_account;"));
        Assert.Equal(IssueKind.Warning, Assert.Single(issues).Kind);
    }

    [Fact]
    public void The_registry_is_read_with_the_importers_reader_strict_utf8_and_physical_lines()
    {
        // Given a registry whose second brand has a quoted line break and whose third has a name that is not UTF-8
        string file = Path.Combine(Path.GetTempPath(), $"bp-registry-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(file, [.. "\uFEFFslug,name,industry,accounts\r\nacme,Acme,Retail,twitter:AcmeHelp\r\n"u8.ToArray(),
            .. "beta,\"Beta\nLabs\",,\r\ngamma,Gam"u8.ToArray(), 0xC3, 0x28, .. ",,\r\ndelta,Delta,,\r\n"u8.ToArray()]);
        var issues = new List<ImportIssue>();

        IReadOnlyList<RegistryEntry> entries = RegistryFile.Read(file, issues);
        File.Delete(file);

        // Then gamma is rejected on its physical line (5), naming the field, and the others load
        Assert.Equal(["acme", "beta", "delta"], entries.Select(e => e.Slug));
        Assert.Equal([2, 3, 6], entries.Select(e => e.Line));
        ImportIssue issue = Assert.Single(issues);
        Assert.Equal((IssueKind.Rejected, 5, "name"), (issue.Kind, issue.Line, issue.Field));
        Assert.Contains("invalid UTF-8", issue.Reason);
    }
}
