using System.Data.Common;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Store;

/// <summary>
/// Every write that changes a brand's complaints gives it a new revision in the same transaction, and nothing else does:
/// the generator's incremental builds trust it to know which brands to read again.
/// </summary>
public sealed class BrandRevisionTests
{
    private static ComplaintInput Complaint(string key, long? answeredMs, string handle = "AcmeHelp", long observedMs = 10_000_000) =>
        new("test", key, Channels.Twitter, handle, null, 1_000_000, answeredMs, observedMs);

    private static ParsedInput Input(params ComplaintInput[] complaints) =>
        new("test", "input.csv", complaints, [], new Dictionary<string, long>());

    private static Dictionary<string, long> Revisions(DbConnection db) =>
        db.Query<(string, long)>("SELECT slug, revision FROM brand;").ToDictionary(r => r.Item1, r => r.Item2);

    /// <summary>The brands whose revision moved between two readings.</summary>
    private static string[] Bumped(Dictionary<string, long> before, Dictionary<string, long> after) =>
        [.. after.Where(a => a.Value != before.GetValueOrDefault(a.Key)).Select(a => a.Key).Order(StringComparer.Ordinal)];

    [Fact]
    public void An_import_bumps_each_brand_it_changes_once_and_a_repeated_import_bumps_nothing()
    {
        using DbConnection db = Database.OpenInMemory();
        ParsedInput input = Input(Complaint("1", 1_060_000), Complaint("2", null), Complaint("3", null, handle: "OtherHelp"));

        new ImportSession(db).Write(input);
        Dictionary<string, long> first = Revisions(db);
        new ImportSession(db).Write(input);

        Assert.Equal(["acmehelp", "otherhelp"], Bumped([], first));
        Assert.Empty(Bumped(first, Revisions(db)));
    }

    [Fact]
    public void An_answer_found_later_bumps_the_brand_of_the_stored_complaint()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input(Complaint("1", null, observedMs: 2_000_000)));
        Dictionary<string, long> before = Revisions(db);

        new ImportSession(db).Write(Input(Complaint("1", 1_500_000, observedMs: 3_000_000)));

        Assert.Equal(["acmehelp"], Bumped(before, Revisions(db)));
    }

    [Fact]
    public void A_longer_observation_of_waiting_complaints_bumps_their_brands()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input(Complaint("1", null, observedMs: 2_000_000), Complaint("2", 1_100_000, handle: "OtherHelp")));
        Dictionary<string, long> before = Revisions(db);

        new ImportSession(db).Write(Input() with { ObservationEndMs = 5_000_000 });

        Assert.Equal(["acmehelp"], Bumped(before, Revisions(db)));
        Assert.Equal(5_000_000, db.ExecuteScalar<long>("SELECT observed_until_ms FROM complaint WHERE source_key = '1';"));
    }

    [Fact]
    public void Moving_an_account_or_merging_bumps_both_brands()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input(Complaint("1", 1_060_000), Complaint("2", 1_060_000, handle: "OtherHelp")));
        var brands = new BrandStore(db);
        Brand target = brands.Create("Target", null, BrandOrigins.Manual);
        Dictionary<string, long> before = Revisions(db);

        brands.Attach(Channels.Twitter, "AcmeHelp", target.Id);
        Dictionary<string, long> afterAttach = Revisions(db);
        brands.Merge(brands.BySlug("otherhelp")!, target);

        Assert.Equal(["acmehelp", "target"], Bumped(before, afterAttach));
        Assert.Equal(["otherhelp", "target"], Bumped(afterAttach, Revisions(db)));
    }

    [Fact]
    public void A_revision_never_repeats_even_for_the_same_writes_on_a_copy()
    {
        // Two databases with the same history, as a restored backup and the original would have
        using DbConnection original = Database.OpenInMemory();
        using DbConnection restored = Database.OpenInMemory();
        foreach (DbConnection db in new[] { original, restored })
        {
            new ImportSession(db).Write(Input(Complaint("1", 1_060_000)));
        }

        // written to again (differently)
        new ImportSession(original).Write(Input(Complaint("2", 1_060_000)));
        new ImportSession(restored).Write(Input(Complaint("3", null)));

        Assert.NotEqual(Revisions(original)["acmehelp"], Revisions(restored)["acmehelp"]);
    }

    [Fact]
    public void Every_new_database_gets_its_own_identity()
    {
        using DbConnection a = Database.OpenInMemory();
        using DbConnection b = Database.OpenInMemory();

        string idA = a.ExecuteScalar<string>("SELECT value FROM database_info WHERE name = 'id';")!;
        string idB = b.ExecuteScalar<string>("SELECT value FROM database_info WHERE name = 'id';")!;

        Assert.Matches("^[0-9a-f]{32}$", idA);
        Assert.NotEqual(idA, idB);
    }
}
