using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Collector.Tests.Commands;

/// <summary>issue 17: one brand however its name is written, and a warning before a look-alike becomes a second one.</summary>
public sealed class BrandSpellingCommandTests
{
    private const string Composed = "Telef\u00F3nica";
    private const string Decomposed = "Telefo\u0301nica";

    private static IReadOnlyList<(string Slug, string Name)> Brands(string db)
    {
        using var c = new SqliteConnection($"Data Source={db}");
        c.Open();
        return c.Query<(string, string)>("SELECT slug, display_name FROM brand WHERE merged_into IS NULL ORDER BY id;").AsList();
    }

    private static string[] Log(CollectorRun run, string brand, string at, params string[] more) =>
        ["log", "--brand", brand, "--channel", "phone", "--complained-at", at, "--db", run.Db, .. more];

    [Fact]
    public void Log_finds_the_brand_whatever_the_unicode_form_case_or_spaces()
    {
        using var run = new CollectorRun();

        // Given Telefónica logged in composed form, then decomposed, in capitals, and with a no-break space and a
        // zero-width space around it
        var first = run.Run(Log(run, Composed, "2024-05-02T09:00:00Z"));
        var nfd = run.Run(Log(run, Decomposed, "2024-05-02T10:00:00Z"));
        var capitals = run.Run(Log(run, "TELEFO\u0301NICA", "2024-05-02T11:00:00Z"));
        var invisible = run.Run(Log(run, "\u200B\u00A0telef\u00F3nica ", "2024-05-02T12:00:00Z"));

        // Then there is one brand, named as first written, with four complaints
        Assert.Equal([0, 0, 0, 0], new[] { first.Exit, nfd.Exit, capitals.Exit, invisible.Exit });
        Assert.Equal([("telefonica", Composed)], Brands(run.Db));
        Assert.DoesNotContain("new brand", nfd.Out + capitals.Out + invisible.Out);
        using var c = new SqliteConnection($"Data Source={run.Db}");
        c.Open();
        Assert.Equal(4, c.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
    }

    [Fact]
    public void Log_refuses_a_name_that_differs_only_by_accents_naming_the_brand_unless_new()
    {
        using var run = new CollectorRun();
        Assert.Equal(0, run.Run(Log(run, Composed, "2024-05-02T09:00:00Z")).Exit);

        var refused = run.Run(Log(run, "TELEFONICA", "2024-05-02T10:00:00Z"));
        var forced = run.Run(Log(run, "Telefonica", "2024-05-02T10:00:00Z", "--new"));

        Assert.Equal(1, refused.Exit);
        Assert.Contains($"differs from the brand {Composed} (/brands/telefonica/) only by accents", refused.Err);
        Assert.Contains("--new", refused.Err);
        Assert.Equal(0, forced.Exit);
        Assert.Equal([("telefonica", Composed), ("telefonica-2", "Telefonica")], Brands(run.Db));
    }

    [Fact]
    public void Brands_add_refuses_a_second_spelling_and_a_look_alike_unless_new()
    {
        using var run = new CollectorRun();
        Assert.Equal(0, run.Run("brands", "add", "--name", Composed, "--db", run.Db).Exit);

        var same = run.Run("brands", "add", "--name", "  TELEFO\u0301NICA ", "--db", run.Db);
        var lookAlike = run.Run("brands", "add", "--name", "Telefonica", "--db", run.Db);
        var forced = run.Run("brands", "add", "--name", "Telefonica", "--new", "--db", run.Db);

        Assert.Equal((1, 1, 0), (same.Exit, lookAlike.Exit, forced.Exit));
        Assert.Contains($"the brand {Composed} already exists at /brands/telefonica/", same.Err);
        Assert.Contains($"differs from the brand {Composed} (/brands/telefonica/) only by accents", lookAlike.Err);
        Assert.Equal([("telefonica", Composed), ("telefonica-2", "Telefonica")], Brands(run.Db));
    }

    [Fact]
    public void A_brand_written_five_ways_across_four_import_paths_is_one_brand()
    {
        using var run = new CollectorRun();

        // Given the registry's Telefónica (composed) with its Twitter account
        string registry = run.File("brands.csv", $"slug,name,industry,accounts\ntelefonica,{Composed},Telecom,twitter:Telefonica\n");

        // and a twcs file where the account's replies carry a zero-width space in lower case,
        string twcs = run.File("twcs.csv", "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
            + "1,c1,True,Wed Oct 11 10:00:00 +0000 2017,@Telefonica no signal,2,\n"
            + "2,tele\u200Bfonica,False,Wed Oct 11 10:20:00 +0000 2017,@c1 Please DM us.,,1\n");

        // a spreadsheet naming it decomposed with a no-break space, a call log with a bidi mark in lower case,
        string sheet = run.File("sheet.csv", "Company,Via,Opened\n"
            + $"{Decomposed}\u00A0,email,2024-05-02T09:00:00Z\n");
        string calls = run.File("calls.csv", "brand,number_called,started_at,answered_at,abandoned_at,ref\n"
            + "\u200Ftelef\u00F3nica,+34 1,2024-05-02T09:00:00+02:00,2024-05-02T09:12:00+02:00,,C1\n");

        // When all are imported and one complaint is logged in decomposed capitals
        int[] exits =
        [
            run.Run("brands", "load", registry, "--db", run.Db).Exit,
            run.Run("import", "twcs", twcs, "--db", run.Db).Exit,
            run.Run("import", "csv", sheet, "--map", "brand=Company,channel=Via,complained_at=Opened", "--db", run.Db).Exit,
            run.Run("import", "call-log", calls, "--db", run.Db).Exit,
            run.Run(Log(run, "TELEFO\u0301NICA", "2024-05-02T11:00:00Z")).Exit,
        ];

        // Then there is one brand, holding the four complaints, and the twcs reply answered its complaint
        Assert.Equal([0, 0, 0, 0, 0], exits);
        Assert.Equal([("telefonica", Composed)], Brands(run.Db));
        using var c = new SqliteConnection($"Data Source={run.Db}");
        c.Open();
        Assert.Equal([("call-log", 1L), ("csv", 1L), ("manual", 1L), ("twcs:twcs", 1L)], c.Query<(string, long)>("""
            SELECT CASE WHEN source LIKE 'csv%' THEN 'csv' WHEN source LIKE 'call%' THEN 'call-log' ELSE source END AS s, count(*)
            FROM complaint JOIN brand b ON b.id = complaint.brand_id WHERE b.slug = 'telefonica' GROUP BY s ORDER BY s;
            """).AsList());
        Assert.Equal(20 * 60_000, c.ExecuteScalar<long>("SELECT first_response_at_ms - complained_at_ms FROM complaint WHERE source LIKE 'twcs%';"));
    }
}
