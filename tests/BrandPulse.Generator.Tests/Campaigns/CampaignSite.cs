using System.Data.Common;
using BrandPulse.Data;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Campaigns;

/// <summary>
/// The demo database with its illustrative field campaign (as <c>./brandpulse demo</c> imports it), built once as the
/// live site and once as an edition.
/// </summary>
public sealed class CampaignSite : IAsyncLifetime
{
    public const string Slug = "demo-diciembre-2026";
    public const string EditionDate = "2026-12-20";

    private readonly TempDir _dir = new();

    public string Db => _dir.File("bp.db");

    public string Live => _dir.File("site");

    public string Edition => _dir.File("edition");

    public async Task InitializeAsync()
    {
        DemoDatabase.Create(Db);
        using (DbConnection connection = Database.OpenForWrite(Db))
        {
            DemoDatabase.AddFieldCampaign(connection);
        }

        await SiteBuild.RunAsync(new BuildOptions(Db, Live, RepoPaths.Site));
        await SiteBuild.RunAsync(new BuildOptions(Db, Edition, RepoPaths.Site, EditionDate));
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(nameof(CampaignSite))]
public sealed class CampaignSiteCollection : ICollectionFixture<CampaignSite>;
