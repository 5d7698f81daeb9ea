using System.ComponentModel;
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
        await using StaticSiteHost host = await StaticSiteHost.StartAsync(root, settings.Port, cancellationToken);
        error.MarkupLineInterpolated($"serving {root} at [link]{host.BaseUri}[/] (Ctrl+C to stop)");
        await host.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
