using System.ComponentModel;
using BrandPulse.Data.Manual;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>import manual</c>.</summary>
public sealed class ImportManualSettings : ImportSettings
{
    [CommandOption("--illustrative")]
    [Description("Mark every complaint as illustrative (made-up example data): the site labels each figure derived from it.")]
    public bool Illustrative { get; set; }
}

/// <summary>Imports a CSV of complaints timed by people, each row validated like <c>log</c>.</summary>
public sealed class ImportManualCommand(Consoles consoles) : Command<ImportManualSettings>
{
    public override int Execute(CommandContext context, ImportManualSettings settings, CancellationToken cancellationToken) =>
        ImportRunner.Run(consoles, settings, (_, _) => ManualCsv.Parse(settings.File, settings.Illustrative, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
}
