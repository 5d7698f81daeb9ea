using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Incremental;

/// <summary>A rebuild that reuses the previous build's charts writes exactly the files a full build writes.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public async Task An_incremental_build_after_new_complaints_writes_the_same_files_as_a_full_build()
    {
        // Given a site built once (its chart cache beside it), then new complaints for one brand
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string incremental = dir.File("incremental");
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            DemoDatabase.Log(connection,
                ("Apple", "phone", "2020-04-07T10:00:00Z", "2020-04-07T10:09:00Z", "INC-1"),
                ("Apple", "phone", "2020-04-07T11:00:00Z", "2020-04-07T11:31:00Z", "INC-2"));
        }

        // When the site is rebuilt over its cache, and built in full elsewhere
        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string full = dir.File("full");
        BuildReport fresh = await SiteBuild.RunAsync(new BuildOptions(db, full, RepoPaths.Site));

        // Then only Apple was read and computed again, unchanged files were linked, and both sites have the same files
        int brands = Directory.GetDirectories(Path.Combine(full, "brands")).Length;
        Assert.Equal(brands - 1, rebuilt.BrandsReused);
        Assert.Equal((0, 0), (fresh.BrandsReused, fresh.Unchanged));
        Assert.InRange(rebuilt.Unchanged, rebuilt.Files / 2, rebuilt.Files - 1);
        SiteFiles.AssertSame(full, incremental);
    }

    [Fact]
    public async Task A_renamed_brand_an_answer_found_later_and_a_file_changed_by_hand_all_show_in_the_next_incremental_build()
    {
        // Given a site built once
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            DemoDatabase.Log(connection, ("Apple", "phone", "2020-04-07T10:00:00Z", null, "WAIT-1"));
        }

        string incremental = dir.File("incremental");
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));

        // When a brand is renamed, a waiting complaint is answered, and a published file is edited by hand
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            var brands = new BrandStore(connection);
            Brand delta = brands.ByName("Delta")!;
            brands.Update(delta.Id, "Delta Air Lines (renamed)", delta.Industry);
            DemoDatabase.Log(connection, ("Apple", "phone", "2020-04-07T10:00:00Z", "2020-04-07T10:20:00Z", "WAIT-1"));
        }

        File.WriteAllText(Path.Combine(incremental, "brands", "amazon", "complaints.csv"), "edited by hand");
        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string full = dir.File("full");
        await SiteBuild.RunAsync(new BuildOptions(db, full, RepoPaths.Site));

        // Then the rebuild equals a full build: new name, the answer, the hand-edited file restored
        Assert.Contains("Delta Air Lines (renamed)", File.ReadAllText(Path.Combine(incremental, "brands", "delta", "complaints.csv")));
        int brandCount = Directory.GetDirectories(Path.Combine(full, "brands")).Length;
        Assert.Equal(brandCount - 3, rebuilt.BrandsReused);
        SiteFiles.AssertSame(full, incremental);
    }

    [Fact]
    public async Task A_database_made_again_from_scratch_shares_nothing_with_the_last_build()
    {
        // Given a site built from one database
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        string site = dir.File("site");
        await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site));

        // When the database is made again from the same files (same counts and revisions, a new identity)
        File.Delete(db);
        DemoDatabase.Create(db);
        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, site, RepoPaths.Site));

        // Then no brand is taken from the cache
        Assert.Equal(0, rebuilt.BrandsReused);
    }
}
