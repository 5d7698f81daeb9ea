using System.ComponentModel;
using BrandPulse.Data.Import.Twcs;
using BrandPulse.Data.Model;
using BrandPulse.Data.Store;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>import twcs</c>.</summary>
public sealed class ImportTwcsSettings : ImportSettings
{
    [CommandOption("--dataset <NAME>")]
    [Description("Names the export the tweet ids belong to (ids of different exports are never merged). Default: the file name without extension.")]
    public string? Dataset { get; set; }
}

/// <summary>Imports the "Customer Support on Twitter" CSV.</summary>
public sealed class ImportTwcsCommand(Consoles consoles) : Command<ImportTwcsSettings>
{
    public override int Execute(CommandContext context, ImportTwcsSettings settings, CancellationToken cancellationToken) =>
        ImportRunner.Run(consoles, settings, (connection, pseudonymizer) =>
        {
            // Each Twitter account with its brand: a brand's answer is a tweet by any of its accounts.
            var registry = new BrandStore(connection).Accounts()
                .Where(a => a.Channel == Channels.Twitter)
                .GroupBy(a => a.AccountKey)
                .ToDictionary(g => g.First().Handle, g => g.First().BrandId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            string dataset = settings.Dataset ?? Path.GetFileNameWithoutExtension(settings.File);
            return TwcsParser.Parse(settings.File, dataset, pseudonymizer, registry);
        });
}
