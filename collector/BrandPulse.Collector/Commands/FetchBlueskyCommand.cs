using BrandPulse.Data.Fetch;
using BrandPulse.Data.Fetch.Bluesky;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Collects complaints to brand accounts on Bluesky (the public AppView, no login) and the brands' first replies.</summary>
public sealed class FetchBlueskyCommand(Consoles consoles) : AsyncCommand<FetchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FetchSettings settings, CancellationToken cancellationToken)
    {
        FetchOptions options = settings.Options(BlueskyApi.DefaultBaseUrl, consoles);
        return await FetchRun.RunAsync(consoles, settings,
            (connection, pseudonymizer) => LiveCollection.BlueskyAsync(connection, pseudonymizer, options, cancellationToken));
    }
}
