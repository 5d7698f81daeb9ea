using System.Text.RegularExpressions;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing;

namespace BrandPulse.Reliability.Tests;

/// <summary>PRV-05 and issue 18: after <c>collect forget</c>, the next build no longer counts or lists what was erased.</summary>
public sealed partial class ErasureBuildTests
{
    [Fact]
    public async Task Issue18_the_build_after_an_erasure_lists_none_of_it_and_an_incremental_build_equals_a_full_one()
    {
        // Given the demo database (its pseudonyms made with the test key) and a site built from it
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        string site = ws.File("out/site");
        await PublishCrashTests.Build(ws.Db, site);
        int before = Rows(site, "data/complaints.csv");
        Dictionary<string, string?> env = Workspace.Env(("BRANDPULSE_PSEUDONYM_KEY", "brandpulse-test-key"));

        // When a person known by a twcs author id and an IBM client handle is erased, and a single twcs record too
        ProcessResult person = await ChildProcess.CollectAsync(env, "forget", "--handle", "105835", "--handle", "@CinVakas",
            "--reason", "request 7", "--db", ws.Db);
        ProcessResult record = await ChildProcess.CollectAsync(env, "forget", "--source", "twcs:twcs_kaggle_sample", "--key", "119250",
            "--reason", "deleted at its source", "--db", ws.Db);
        Assert.True(person.ExitCode == 0, person.ToString());
        Assert.True(record.ExitCode == 0, record.ToString());
        int erased = int.Parse(Erased().Match(person.Stdout).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(erased >= 2, person.Stdout);
        Assert.Contains("erased 1 complaints in this record", record.Stdout);

        // Then the next (incremental) build's per-complaint download has exactly those rows fewer
        await PublishCrashTests.Build(ws.Db, site);
        Assert.Equal(before - erased - 1, Rows(site, "data/complaints.csv"));

        // And it equals a full build of the same database
        await PublishCrashTests.Build(ws.Db, ws.File("full/site"));
        Dictionary<string, string> full = SiteFiles.Hashes(ws.File("full/site"));
        Dictionary<string, string> incremental = SiteFiles.Hashes(site);
        Assert.True(full.Count == incremental.Count && full.All(kv => incremental.GetValueOrDefault(kv.Key) == kv.Value),
            SiteFiles.Diff(full, incremental));

        // And neither the output nor the database holds the identifiers
        Assert.DoesNotContain("105835", person.Output);
        Assert.DoesNotContain("CinVakas", person.Output + DbCheck.FullDump(ws.Db));
    }

    [Fact]
    public async Task Issue18_an_erased_complaint_leaves_the_downloads_of_a_frozen_edition_with_a_dated_note_and_its_figures_stay()
    {
        // Given a site with a dated edition of the demo data, whose per-complaint downloads carry public reference codes
        using var ws = new Workspace();
        DemoDatabase.Create(ws.Db);
        string site = ws.File("out/site"), edition = Path.Combine(site, "editions", "2020-04-10");
        ProcessResult built = await ChildProcess.BuildAsync(Workspace.Env(), [.. PublishCrashTests.BuildArgs(ws.Db, site), "--edition", "2020-04-10"]);
        Assert.True(built.ExitCode == 0, built.ToString());
        int before = Rows(edition, "data/complaints.csv");
        string figures = File.ReadAllText(Path.Combine(edition, "data", "rankings.csv"));
        Dictionary<string, string?> env = Workspace.Env(("BRANDPULSE_PSEUDONYM_KEY", "brandpulse-test-key"));

        // When a person is erased and the site is built again (twice: the second finds nothing more to do)
        ProcessResult person = await ChildProcess.CollectAsync(env, "forget", "--handle", "105835", "--reason", "request 8", "--db", ws.Db);
        Assert.True(person.ExitCode == 0, person.ToString());
        int erased = int.Parse(Erased().Match(person.Stdout).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await PublishCrashTests.Build(ws.Db, site);
        Dictionary<string, string> once = SiteFiles.Hashes(edition);
        await PublishCrashTests.Build(ws.Db, site);

        // Then the edition's per-complaint downloads have exactly those rows fewer, in the file of all and in the brand's
        Assert.True(erased >= 1, person.Stdout);
        Assert.Equal(before - erased, Rows(edition, "data/complaints.csv"));
        int brandRows = Directory.EnumerateFiles(Path.Combine(edition, "brands"), "complaints.csv", SearchOption.AllDirectories)
            .Sum(f => File.ReadAllLines(f).Length - 1);
        Assert.Equal(before - erased, brandRows);

        // And the edition carries a dated note of how many rows went, and nothing else of the erasure
        string today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"erased_on,complaint_rows_removed\r\n{today},{erased}\r\n", File.ReadAllText(Path.Combine(edition, "erasures.csv")));

        // And its published figures are as they were, and a later build changes nothing more
        Assert.Equal(figures, File.ReadAllText(Path.Combine(edition, "data", "rankings.csv")));
        Assert.Equal(once, SiteFiles.Hashes(edition));
    }

    private static int Rows(string site, string path) => File.ReadAllLines(Path.Combine(site, path)).Length - 1;

    [GeneratedRegex(@"erased (\d+) complaints of this person")]
    private static partial Regex Erased();
}
