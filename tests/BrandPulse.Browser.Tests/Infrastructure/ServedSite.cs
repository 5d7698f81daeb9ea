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
    /// <param name="editionOfData">
    /// Build as <c>./brandpulse demo</c> run twice does: the first build publishes the edition of the data's latest day,
    /// the second is a live build beside it.
    /// </param>
    public static async Task<ServedSite> BuildAsync(Action<string> collect, bool editionOfData = false)
    {
        string tempDir = Directory.CreateTempSubdirectory("brandpulse-browser-").FullName;
        try
        {
            string db = Path.Combine(tempDir, "bp.db");
            collect(db);
            string output = Path.Combine(tempDir, "site");
            for (int run = 0; run < (editionOfData ? 2 : 1); run++)
            {
                string? edition = editionOfData ? BrandPulse.Generator.Publishing.DataEdition.ToPublish(db, output) : null;
                await SiteBuild.RunAsync(new BuildOptions(db, output, RepoRoot.Combine("site"), edition));
            }

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
