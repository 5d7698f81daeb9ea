using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests;

/// <summary>The demo database and the site built from it, once for all tests that only read them.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();

    public string Db => _dir.File("bp.db");

    public string Site => _dir.File("site");

    public string Path(string relative) => System.IO.Path.Combine(Site, relative);

    public async Task InitializeAsync()
    {
        DemoDatabase.Create(Db);
        await SiteBuild.RunAsync(new BuildOptions(Db, Site, RepoPaths.Site));
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(nameof(SiteFixture))]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>;
