using BrandPulse.Data.Import.Ibm;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Imports the IBM customer-care conversations JSON.</summary>
public sealed class ImportIbmCommand(Consoles consoles) : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken) =>
        ImportRunner.Run(consoles, settings, (_, pseudonymizer) => IbmCdpParser.Parse(settings.File, pseudonymizer));
}
