using System.ComponentModel;
using BrandPulse.Data.Import.Calls;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>import call-log</c>.</summary>
public sealed class ImportCallLogSettings : ImportSettings
{
    [CommandOption("--time-zone <IANA_ZONE>")]
    [Description("The zone of times written without an offset, e.g. Europe/Berlin. Without it such times are rejected.")]
    public string? TimeZone { get; set; }

    public override ValidationResult Validate() =>
        TimeZone is null || ZonedTime.TryFind(TimeZone, out _, out _)
            ? base.Validate()
            : ValidationResult.Error($"--time-zone: unknown time zone '{TimeZone}': use an IANA name like Europe/Berlin");
}

/// <summary>
/// Imports a generic call log (brand,number_called,started_at,answered_at,abandoned_at[,ref]): telephony exports and
/// mystery shoppers' calls. A caller who hung up gave up (outcome abandoned).
/// </summary>
public sealed class ImportCallLogCommand(Consoles consoles) : Command<ImportCallLogSettings>
{
    public override int Execute(CommandContext context, ImportCallLogSettings settings, CancellationToken cancellationToken)
    {
        TimeZoneInfo? zone = settings.TimeZone is not null && ZonedTime.TryFind(settings.TimeZone, out TimeZoneInfo z, out _) ? z : null;
        return ImportRunner.Run(consoles, settings,
            (_, _) => CallLogParser.Parse(settings.File, zone, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
    }
}
