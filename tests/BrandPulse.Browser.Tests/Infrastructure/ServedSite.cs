using BrandPulse.Generator;
using BrandPulse.Generator.Cli;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>
/// A site built from a fresh database in a temp folder and served on a free 127.0.0.1 port.
/// Disposing stops the server and deletes the folder.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly string _tempDir;
    private readonly StaticSiteHost _host;

    private ServedSite(string tempDir, StaticSiteHost host)
    {
        _tempDir = tempDir;
        _host = host;
    }

    public Uri BaseUri => _host.BaseUri;

    public string OutputDir => Path.Combine(_tempDir, "site");

    /// <summary>The database the site was built from (with its pseudonym key beside it).</summary>
    public string DatabasePath => Path.Combine(_tempDir, "bp.db");

    public Uri Url(string relative) => new(BaseUri, relative);

    /// <summary>Creates the database with <paramref name="collect"/> (given its path), builds and serves the site.</summary>
    public static async Task<ServedSite> BuildAsync(Action<string> collect)
    {
        string tempDir = Directory.CreateTempSubdirectory("brandpulse-browser-").FullName;
        try
        {
            string db = Path.Combine(tempDir, "bp.db");
            collect(db);
            await SiteBuild.RunAsync(new BuildOptions(db, Path.Combine(tempDir, "site"), RepoRoot.Combine("site")));
            StaticSiteHost host = await StaticSiteHost.StartAsync(Path.Combine(tempDir, "site"));
            return new ServedSite(tempDir, host);
        }
        catch
        {
            Directory.Delete(tempDir, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_tempDir, recursive: true);
    }
}
