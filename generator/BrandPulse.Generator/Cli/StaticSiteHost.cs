using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BrandPulse.Generator.Cli;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 (Kestrel): <c>index.html</c> for folders, the site's
/// <c>404.html</c> for anything missing. Port 0 picks a free port; <see cref="BaseUri"/> says which.
/// Used by <c>serve</c> and by the browser tests.
/// </summary>
public sealed class StaticSiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteHost(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>The address the site is served at, ending in a slash (e.g. http://127.0.0.1:8080/).</summary>
    public Uri BaseUri { get; }

    public static async Task<StaticSiteHost> StartAsync(string root, int port = 0, CancellationToken cancellationToken = default)
    {
        string dir = Path.GetFullPath(root);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        WebApplication app = builder.Build();
        var files = new PhysicalFileProvider(dir);
        app.UseStatusCodePages(async (StatusCodeContext context) =>
        {
            string notFound = Path.Combine(dir, "404.html");
            if (context.HttpContext.Response.StatusCode == StatusCodes.Status404NotFound && File.Exists(notFound))
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.SendFileAsync(notFound);
            }
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
        await app.StartAsync(cancellationToken);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new StaticSiteHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Runs until the host is stopped (Ctrl+C) or <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
