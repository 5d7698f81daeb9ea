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
}
