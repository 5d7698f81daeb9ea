using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Stores;

/// <summary>A site built from PostgreSQL is the site built from SQLite holding the same data (issue 18).</summary>
public sealed class PostgresBuildTests
{
    [Fact]
    public async Task The_demo_data_imported_into_both_stores_builds_byte_identical_sites()
    {
        // Given data/ imported into a SQLite file and into a PostgreSQL database, through the same importers
        using var lite = new TestDatabase(TestDatabase.Sqlite);
        using var pg = new TestDatabase(TestDatabase.Postgres);
        foreach (string db in new[] { lite.Db, pg.Db })
        {
            DemoDatabase.Create(db);
            using DbConnection c = Database.OpenForWrite(db);
            DemoDatabase.AddFieldCampaign(c);
        }

        // When a site is built from each
        string fromSqlite = Path.Combine(lite.Folder, "site-sqlite"), fromPostgres = Path.Combine(lite.Folder, "site-pg");
        await SiteBuild.RunAsync(new BuildOptions(lite.Db, fromSqlite, RepoPaths.Site));
        await SiteBuild.RunAsync(new BuildOptions(pg.Db, fromPostgres, RepoPaths.Site));

        // Then the two folders hold the same files, byte for byte
        string[] files = Files(fromSqlite);
        Assert.Contains(Path.Combine("data", "complaints.csv"), files);
        Assert.Equal(files, Files(fromPostgres));
        Assert.All(files, f => Assert.True(
            File.ReadAllBytes(Path.Combine(fromSqlite, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fromPostgres, f))),
            $"{f} differs between the SQLite and the PostgreSQL build"));
    }

    [Fact]
    public void The_build_command_takes_a_PostgreSQL_URI_as_its_database()
    {
        // Given the demo data in a PostgreSQL database
        using var pg = new TestDatabase(TestDatabase.Postgres);
        DemoDatabase.Create(pg.Db);
        string site = Path.Combine(pg.Folder, "site");
        using var error = new Spectre.Console.Testing.TestConsole();

        // When the CLI builds from its URI (it once refused any --db that was not a file)
        int exit = Cli.GeneratorApp.Run(["build", "--db", pg.Db, "--out", site, "--site", RepoPaths.Site], error);

        // Then
        Assert.True(exit == 0, error.Output);
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "brands", "apple", "index.html")));
    }

    private static string[] Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
