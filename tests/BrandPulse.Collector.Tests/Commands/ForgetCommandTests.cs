using System.Data.Common;
using BrandPulse.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Collector.Tests.Commands;

/// <summary>
/// Issue 18 and PRV-05: <c>forget</c> erases a person through the keyed pseudonym their source's importer made, or
/// single records; in one transaction, with new brand revisions, logged without the identifier, never stored again.
/// </summary>
public sealed class ForgetCommandTests
{
    private const string CallsHeader =
        "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\r\n";

    private static readonly string s_twcs = RepoPaths.Data("twcs_kaggle_sample.csv");

    private static string Call(int id, string customer, string hour) =>
        $"AA0101\t{id}\t{customer}\t0\tPS\t990201\t{hour}:02:47\t{hour}:02:56\t9\t{hour}:02:56\t{hour}:03:56\t60\tAGENT\t{hour}:03:56\t{hour}:05:41\t105\tDORIT\r\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Stores), MemberType = typeof(TestDatabase))]
    public void Issue18_erases_a_person_with_complaints_on_two_channels_and_they_never_come_back(string store)
    {
        // Given a twcs import with the author 105835, and a call-centre log where customer 777 called twice and 888 once
        using var run = new CollectorRun();
        using var database = new TestDatabase(store);
        string db = database.Db, key = run.File("a.key", new string('7', 64));
        string calls = run.File("calls.txt", CallsHeader + Call(1, "777", "7") + Call(2, "888", "8") + Call(3, "777", "9"));
        string[] importTwcs = ["import", "twcs", s_twcs, "--db", db, "--key-file", key];
        string[] importCalls = ["import", "calls", calls, "--brand", "Anonymous Bank", "--time-zone", "Asia/Jerusalem", "--db", db, "--key-file", key];
        Assert.Equal(0, run.Run(importTwcs).Exit);
        Assert.Equal(0, run.Run(importCalls).Exit);
        long twitter = Count(db, "SELECT count(*) FROM complaint WHERE channel = 'twitter'");
        Dictionary<string, long> revisions = Revisions(db);
        string tweetedTo = Text(db, "SELECT b.slug FROM complaint c JOIN brand b ON b.id = c.brand_id WHERE c.source_key = '119239'");

        // When that person (handle 105835 on Twitter, customer 777 of Anonymous Bank) asks to be erased
        (int exit, string output, string error) = run.Run("forget", "--handle", "@105835", "--customer-id", "777", "--brand", "Anonymous Bank",
            "--reason", "request of 2026-12-04 by e-mail", "--db", db, "--key-file", key);

        // Then their three complaints are gone, on both channels, and only theirs
        Assert.True(exit == 0, error);
        Assert.Contains("erased 3 complaints of this person (phone 2, twitter 1)", output);
        Assert.DoesNotContain("105835", output + error);
        Assert.DoesNotContain("777", output + error);
        Assert.Equal(1, Count(db, "SELECT count(*) FROM complaint WHERE channel = 'phone'"));
        Assert.Equal(twitter - 1, Count(db, "SELECT count(*) FROM complaint WHERE channel = 'twitter'"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM complaint WHERE source LIKE 'twcs:%' AND source_key = '119239'"));

        // And exactly the brands they complained to got new revisions
        Dictionary<string, long> after = Revisions(db);
        Assert.Equal(new[] { "anonymous-bank", tweetedTo }.Order(StringComparer.Ordinal),
            after.Where(kv => revisions[kv.Key] != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal));

        // And the log says when, how many, where and why, and nothing about whom
        using DbConnection c = Open(db);
        var log = c.QuerySingle<(string Kind, long Complaints, string Channels, string Reason)>(
            "SELECT kind, complaints, channels, reason FROM erasure_log;");
        Assert.Equal(("person", 3L, "phone,twitter", "request of 2026-12-04 by e-mail"), log);

        // And importing the same files again does not bring them back
        Assert.Equal(0, run.Run(importTwcs).Exit);
        Assert.Equal(0, run.Run(importCalls).Exit);
        Assert.Equal(1, Count(db, "SELECT count(*) FROM complaint WHERE channel = 'phone'"));
        Assert.Equal(twitter - 1, Count(db, "SELECT count(*) FROM complaint WHERE channel = 'twitter'"));
    }

    [Fact]
    public void Issue18_erases_a_field_volunteer_by_name_and_device_on_every_channel()
    {
        using var run = new CollectorRun();
        run.Run("campaign", "load", RepoPaths.Data("campaigns/demo-2026-12.json"), "--db", run.Db);
        Assert.Equal(0, run.Run("import", "field", RepoPaths.Data("illustrative_campaign_export.csv"), "--db", run.Db).Exit);
        long marc = File.ReadLines(RepoPaths.Data("illustrative_campaign_export.csv")).Count(l => l.Contains(",Marc,2a438f2a31724442,", StringComparison.Ordinal));
        Assert.True(marc > 0);

        (int exit, string output, string error) = run.Run("forget", "--volunteer", "Marc", "--device", "2a438f2a31724442",
            "--reason", "volunteer left the campaign", "--db", run.Db);

        Assert.True(exit == 0, error);
        Assert.Contains($"erased {marc} complaints of this person", output);
        Assert.Equal(92 - marc, Count(run.Db, "SELECT count(*) FROM complaint"));
        Assert.Equal(4, Count(run.Db, "SELECT count(DISTINCT contributor_pseudonym) FROM complaint"));
        Assert.DoesNotContain("Marc", output + error);
    }

    [Fact]
    public void Issue18_erases_a_single_record_and_a_reimport_does_not_bring_it_back()
    {
        using var run = new CollectorRun();
        Assert.Equal(0, run.Run("import", "twcs", s_twcs, "--db", run.Db).Exit);
        long before = Count(run.Db, "SELECT count(*) FROM complaint");

        (int exit, string output, _) = run.Run("forget", "--source", "twcs:twcs_kaggle_sample", "--key", "119250",
            "--reason", "deleted at its source", "--db", run.Db);
        Assert.Equal(0, run.Run("import", "twcs", s_twcs, "--db", run.Db).Exit);

        Assert.Equal(0, exit);
        Assert.Contains("erased 1 complaints in this record (twitter 1)", output);
        Assert.Equal(before - 1, Count(run.Db, "SELECT count(*) FROM complaint"));
        Assert.Equal(0, Count(run.Db, "SELECT count(*) FROM complaint WHERE source_key = '119250'"));
        Assert.Equal(0, Count(run.Db, "SELECT count(*) FROM erased WHERE value LIKE '%119250%'"));
    }

    [Fact]
    public void Issue18_a_dry_run_counts_and_changes_nothing()
    {
        using var run = new CollectorRun();
        Assert.Equal(0, run.Run("import", "twcs", s_twcs, "--db", run.Db).Exit);
        long before = Count(run.Db, "SELECT count(*) FROM complaint");

        (int exit, string output, _) = run.Run("forget", "--handle", "105835", "--reason", "checking a request", "--dry-run", "--db", run.Db);

        Assert.Equal(0, exit);
        Assert.Contains("dry run: would erase 1 complaints of this person (twitter 1); nothing was changed", output);
        Assert.Equal(before, Count(run.Db, "SELECT count(*) FROM complaint"));
        Assert.Equal(0, Count(run.Db, "SELECT count(*) FROM erasure_log"));
    }

    [Fact]
    public void Issue18_a_person_erased_on_one_channel_keeps_the_others_and_may_come_back_on_them()
    {
        using var run = new CollectorRun();
        Assert.Equal(0, run.Run("import", "twcs", s_twcs, "--db", run.Db).Exit);
        long before = Count(run.Db, "SELECT count(*) FROM complaint");

        (int phone, string onPhone, _) = run.Run("forget", "--handle", "105835", "--channel", "phone", "--reason", "calls only", "--db", run.Db);
        (int twitter, string onTwitter, _) = run.Run("forget", "--handle", "105835", "--channel", "x", "--reason", "tweets only", "--db", run.Db);

        Assert.Equal((0, 0), (phone, twitter));
        Assert.Contains("no complaint of this person is stored: nothing erased", onPhone);
        Assert.Contains("erased 1 complaints of this person (twitter 1)", onTwitter);
        Assert.Equal(before - 1, Count(run.Db, "SELECT count(*) FROM complaint"));
        Assert.Equal(0, Count(run.Db, "SELECT count(*) FROM erased"));
        Assert.Equal(2, Count(run.Db, "SELECT count(*) FROM erasure_log"));
    }

    [Theory]
    [InlineData("--handle", "@someone", "--reason", "asked by someone")]
    [InlineData("--customer-id", "12", "--reason", "request")]
    [InlineData("--volunteer", "Marc", "--reason", "request")]
    [InlineData("--source", "x", "--reason", "deleted")]
    [InlineData("--handle", "a", "--source", "x", "--key", "1", "--reason", "both")]
    [InlineData("--handle", "someone")]
    public void Issue18_refuses_an_incomplete_or_leaking_request_and_changes_nothing(params string[] args)
    {
        using var run = new CollectorRun();
        Assert.Equal(0, run.Run("import", "twcs", s_twcs, "--db", run.Db).Exit);

        (int exit, _, string error) = run.Run([.. args, "--db", run.Db]);

        Assert.NotEqual(0, exit);
        Assert.Contains("error", error);
        Assert.Equal(0, Count(run.Db, "SELECT count(*) FROM erasure_log"));
    }

    private static DbConnection Open(string db)
    {
        if (BrandPulse.Data.Stores.PostgresUri.IsUri(db))
        {
            return BrandPulse.Data.Database.OpenReadOnly(db);
        }

        var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        return c;
    }

    private static long Count(string db, string sql)
    {
        using DbConnection c = Open(db);
        return c.ExecuteScalar<long>(sql);
    }

    private static string Text(string db, string sql)
    {
        using DbConnection c = Open(db);
        return c.ExecuteScalar<string>(sql)!;
    }

    private static Dictionary<string, long> Revisions(string db)
    {
        using DbConnection c = Open(db);
        return c.Query<(string Slug, long Revision)>("SELECT slug, revision FROM brand;").ToDictionary(r => r.Slug, r => r.Revision);
    }
}
