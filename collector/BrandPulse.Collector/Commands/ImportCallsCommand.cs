using System.ComponentModel;
using BrandPulse.Data.Import.Calls;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>import calls</c>.</summary>
public sealed class ImportCallsSettings : ImportSettings
{
    [CommandOption("--brand <NAME>")]
    [Description("The brand whose call centre the log is from (its display name or slug; a new name creates the brand).")]
    public string Brand { get; set; } = "";

    [CommandOption("--time-zone <IANA_ZONE>")]
    [Description("The zone of the log's local times, e.g. Asia/Jerusalem or Europe/Berlin (the machine's zone is never used).")]
    public string TimeZone { get; set; } = "";

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Brand))
        {
            return ValidationResult.Error("missing --brand: whose call centre is this?");
        }

        return ZonedTime.TryFind(TimeZone, out _, out string error) ? base.Validate() : ValidationResult.Error($"--time-zone: {error}");
    }
}

/// <summary>
/// Imports a call-centre log: each call a phone complaint, reached_person when a human answered, abandoned when the
/// caller hung up in the queue.
/// </summary>
public sealed class ImportCallsCommand(Consoles consoles) : Command<ImportCallsSettings>
{
    public override int Execute(CommandContext context, ImportCallsSettings settings, CancellationToken cancellationToken)
    {
        ZonedTime.TryFind(settings.TimeZone, out TimeZoneInfo zone, out _);
        return ImportRunner.Run(consoles, settings, (_, pseudonymizer) => CallCenterParser.Parse(settings.File, settings.Brand, zone, pseudonymizer));
    }
}
