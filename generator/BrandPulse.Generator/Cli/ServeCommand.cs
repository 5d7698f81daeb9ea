using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Generator.Cli;

/// <summary>Options of <c>serve</c>.</summary>
public sealed class ServeSettings : CommandSettings
{
    [CommandOption("--dir <DIR>")]
    [Description("The built site to serve. Default: _site")]
    public string Dir { get; set; } = "_site";

    [CommandOption("--port <PORT>")]
    [Description("Port on 127.0.0.1. Default: 8080")]
    public int Port { get; set; } = 8080;

    public override ValidationResult Validate() =>
        !Directory.Exists(Dir) ? ValidationResult.Error($"no site at {Dir}: run 'brandpulse build' first")
        : Port is < 1 or > 65535 ? ValidationResult.Error("--port must be between 1 and 65535")
        : ValidationResult.Success();
}

/// <summary>Serves the built site on 127.0.0.1 for a look before publishing.</summary>
public sealed class ServeCommand(IAnsiConsole error) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        string root = Path.GetFullPath(settings.Dir);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{settings.Port}");
        WebApplication app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
        app.UseStatusCodePages(async (StatusCodeContext ctx) =>
        {
            string notFound = Path.Combine(root, "404.html");
            if (ctx.HttpContext.Response.StatusCode == 404 && File.Exists(notFound))
            {
                ctx.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await ctx.HttpContext.Response.SendFileAsync(notFound);
            }
        });
        error.MarkupLineInterpolated($"serving {root} at [link]http://127.0.0.1:{settings.Port}/[/] (Ctrl+C to stop)");
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
