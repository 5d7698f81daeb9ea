using System.Data.Common;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Data.Tests.Store;

public sealed class ImportSessionTests
{
    private static ComplaintInput Complaint(string key, long? answeredMs, long observedMs = 10_000_000, string handle = "AcmeHelp") =>
        new("test", key, Channels.Twitter, handle, null, 1_000_000, answeredMs, observedMs);

    private static ParsedInput Input(params ComplaintInput[] complaints) =>
        new("test", "input.csv", complaints, [], new Dictionary<string, long>());

    [Fact]
    public void Importing_the_same_input_twice_adds_nothing()
    {
        using DbConnection db = Database.OpenInMemory();
        ParsedInput input = Input(Complaint("1", 1_060_000), Complaint("2", null));

        ImportSummary first = new ImportSession(db).Write(input);
        ImportSummary second = new ImportSession(db).Write(input);

        Assert.Equal((2, 0, 0), (first.Accepted, first.Updated, first.Duplicates));
        Assert.Equal((0, 0, 2), (second.Accepted, second.Updated, second.Duplicates));
        Assert.Equal(2, db.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM brand;"));
    }

    [Fact]
    public void A_waiting_complaint_takes_the_answer_a_later_import_finds()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input(Complaint("1", null, observedMs: 2_000_000)));

        ImportSummary later = new ImportSession(db).Write(Input(Complaint("1", 1_500_000, observedMs: 3_000_000)));

        Assert.Equal(1, later.Updated);
        Assert.Equal(1_500_000, db.ExecuteScalar<long>("SELECT first_response_at_ms FROM complaint;"));
    }

    [Fact]
    public void An_answered_complaint_keeps_its_first_answer()
    {
        using DbConnection db = Database.OpenInMemory();
        new ImportSession(db).Write(Input(Complaint("1", 1_200_000)));

        new ImportSession(db).Write(Input(Complaint("1", 1_900_000)));

        Assert.Equal(1_200_000, db.ExecuteScalar<long>("SELECT first_response_at_ms FROM complaint;"));
    }

    [Fact]
    public void An_unknown_account_becomes_a_brand_named_after_it_and_is_reported()
    {
        using DbConnection db = Database.OpenInMemory();

        ImportSummary s = new ImportSession(db).Write(Input(Complaint("1", null, handle: "@NewBrandHelp")));

        string name = db.ExecuteScalar<string>("SELECT display_name FROM brand;")!;
        Assert.Equal("NewBrandHelp", name);
        Assert.Equal("newbrandhelp", db.ExecuteScalar<string>("SELECT slug FROM brand;"));
        Assert.Single(s.NewBrands);
        Assert.Null(db.ExecuteScalar<string>("SELECT industry FROM brand;"));
    }

    [Fact]
    public void An_import_that_fails_half_way_writes_nothing()
    {
        using DbConnection db = Database.OpenInMemory();
        var good = Complaint("1", 1_100_000);
        var bad = good with { SourceKey = "2", AccountHandle = null, BrandName = null }; // no brand: throws when resolved

        Assert.ThrowsAny<ArgumentException>(() => new ImportSession(db).Write(Input(good, bad)));

        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM brand;"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM import_run;"));
    }

    [Fact]
    public void A_response_before_its_complaint_is_kept_but_flagged()
    {
        using DbConnection db = Database.OpenInMemory();

        new ImportSession(db).Write(Input(Complaint("1", 880_000)));

        Assert.Equal(QualityFlags.NegativeLatency, db.ExecuteScalar<string>("SELECT quality FROM complaint;"));
    }
}
