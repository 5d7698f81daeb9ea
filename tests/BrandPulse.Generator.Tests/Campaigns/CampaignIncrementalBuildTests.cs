using System.Data.Common;
using System.Text;
using BrandPulse.Data;
using BrandPulse.Data.Campaigns;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Field;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Campaigns;

/// <summary>With a field campaign: a build over an unchanged database changes no file, and a new attempt or a changed
/// protocol shows in an incremental build exactly as in a full one.</summary>
public sealed class CampaignIncrementalBuildTests
{
    [Fact]
    public async Task A_rebuild_changes_nothing_and_a_new_volunteers_attempt_shows_as_in_a_full_build()
    {
        // Given the demo site with its campaign, built once
        using var dir = new TempDir();
        string db = dir.File("bp.db");
        DemoDatabase.Create(db);
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            DemoDatabase.AddFieldCampaign(connection);
        }

        string incremental = dir.File("incremental");
        await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));

        // When it is built again with nothing changed
        BuildReport again = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));

        // Then every file, the capture page and its campaigns.json among them, is the one already published
        Assert.Equal(again.Files, again.Unchanged);

        // When a new volunteer's call to Chase is imported, and the site is rebuilt over its caches and in full elsewhere
        string[] lines = File.ReadAllLines(RepoPaths.Data("illustrative_campaign_export.csv"));
        string call = lines.First(l => l.Contains(",chase,chase-phone,phone,", StringComparison.Ordinal));
        string[] cells = call.Split(',');
        cells[0] = "00000000-0000-4000-8000-000000000001";
        cells[5] = "Nueva";
        cells[6] = "0000000000000001";
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            Campaign campaign = new CampaignStore(connection).All().Single();
            FieldExport export = FieldExportParser.Parse(Encoding.UTF8.GetBytes(lines[0] + "\n" + string.Join(',', cells) + "\n"), "new.csv",
                [campaign], Pseudonymizer.ForTests(), long.MaxValue / 2);
            Assert.Equal(1, new ImportSession(connection).Write(export.Campaigns.Single()).Accepted);
        }

        BuildReport rebuilt = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string full = dir.File("full");
        await SiteBuild.RunAsync(new BuildOptions(db, full, RepoPaths.Site));

        // Then the campaign page counts it and the new volunteer, and both sites have the same files
        Assert.Contains("93 attempts by 6 volunteers so far", File.ReadAllText(Path.Combine(incremental, "campaigns", CampaignSite.Slug, "index.html")));
        Assert.InRange(rebuilt.Unchanged, 1, rebuilt.Files - 1);
        AssertSameFiles(full, incremental);

        // When the organiser changes the protocol's minimum wait (no complaint changes, so no brand gets a new revision)
        using (DbConnection connection = Database.OpenForWrite(db))
        {
            var store = new CampaignStore(connection);
            Campaign campaign = store.All().Single();
            store.Save(campaign with { Protocol = campaign.Protocol with { MinWaitSeconds = campaign.Protocol.MinWaitSeconds + 600 } });
        }

        BuildReport afterProtocol = await SiteBuild.RunAsync(new BuildOptions(db, incremental, RepoPaths.Site));
        string fullAgain = dir.File("full-again");
        await SiteBuild.RunAsync(new BuildOptions(db, fullAgain, RepoPaths.Site));

        // Then every brand is computed again (a campaign's definition is part of each brand's cache key), as in a full build
        Assert.Equal(0, afterProtocol.BrandsReused);
        AssertSameFiles(fullAgain, incremental);
    }

    private static void AssertSameFiles(string full, string incremental)
    {
        string[] want = [.. Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(full, f)).Order(StringComparer.Ordinal)];
        string[] got = [.. Directory.EnumerateFiles(incremental, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(incremental, f)).Order(StringComparer.Ordinal)];
        Assert.Equal(want, got);
        Assert.All(want, f => Assert.True(File.ReadAllBytes(Path.Combine(full, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(incremental, f))), $"{f} differs"));
    }
}
