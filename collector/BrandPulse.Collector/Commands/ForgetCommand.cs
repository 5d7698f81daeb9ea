using System.Data.Common;
using System.Globalization;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Operations;
using BrandPulse.Data.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>
/// Erases a person (through the same keyed pseudonym their source's importer made) or single records, in one
/// transaction, and says how many complaints went, never whose.
/// </summary>
public sealed class ForgetCommand(Consoles consoles) : Command<ForgetSettings>
{
    public override int Execute(CommandContext context, ForgetSettings settings, CancellationToken cancellationToken)
    {
        if (!Database.Exists(settings.Db))
        {
            throw new FileNotFoundException($"no database at {settings.Db}", settings.Db); // (a path: a URI always "exists")
        }

        Pseudonymizer? pseudonymizer = settings.IsPerson ? ExistingKey(settings) : null;
        ErasureRequest request = pseudonymizer is not null
            ? PersonRequest(settings, pseudonymizer)
            : new ErasureRequest([], [], [.. settings.Keys.Select(k => new SourceRecord(settings.Source!.Trim(), k.Trim()))], null, settings.Reason.Trim());
        using DbConnection connection = Database.OpenForWrite(settings.Db);
        if (pseudonymizer is not null)
        {
            PseudonymKeyCheck.Verify(connection, pseudonymizer); // another key would find nobody
        }

        ErasureResult r = Erasure.Apply(connection, request, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), commit: !settings.DryRun);
        string what = request.Kind == "person" ? "of this person" : request.Records.Count == 1 ? "in this record" : "in these records";
        string channels = string.Join(", ", r.ComplaintsByChannel.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));
        if (settings.DryRun)
        {
            consoles.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"dry run: would erase {r.Complaints} complaints {what}{(r.Complaints > 0 ? $" ({channels})" : "")}; nothing was changed"));
            return ExitCodes.Ok;
        }

        if (r.Complaints == 0)
        {
            string remembered = settings.Channel is null ? "; later imports and fetches will not store it" : "";
            consoles.Out.WriteLine($"no complaint {what} is stored: nothing erased (logged as erasure {r.LogId}{remembered})");
            if (settings.IsPerson)
            {
                consoles.Error.WriteLine("note: people are found through their keyed pseudonym; " + KeyNotice.For(settings.Db));
            }

            return ExitCodes.Ok;
        }

        consoles.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"erased {r.Complaints} complaints {what} ({channels}); {r.Brands} brands change at the next build; logged as erasure {r.LogId} without the identifier"));
        consoles.Error.WriteLine("note: backups made before now still hold them; the next build also takes these complaints out of frozen editions' downloads (see the README, Erasure).");
        return ExitCodes.Ok;
    }

    private static ErasureRequest PersonRequest(ForgetSettings settings, Pseudonymizer pseudonymizer)
    {
        List<string> complainant = [.. settings.Handles.Select(h => PersonKeys.Handle(pseudonymizer, h))];
        complainant.AddRange(settings.CustomerIds.Select(id => PersonKeys.CallCentreCustomer(pseudonymizer, settings.Brand!, id)));
        List<string> contributor = settings.Volunteer is { } name ? [PersonKeys.Volunteer(pseudonymizer, name, settings.Device!)] : [];
        return new ErasureRequest(complainant, contributor, [], Channels.Normalize(settings.Channel), settings.Reason.Trim());
    }

    /// <summary>The database's pseudonym key; never a new one (a new key would find nobody).</summary>
    private static Pseudonymizer ExistingKey(ForgetSettings settings)
    {
        string db = settings.Db;
        bool named = settings.KeyFile is not null
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Pseudonymizer.KeyEnvironmentVariable))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Pseudonymizer.KeyFileEnvironmentVariable));
        return !named && !Database.IsPostgres(db) && !File.Exists(db + ".key")
            ? throw new FileNotFoundException(
                $"no pseudonym key for {db}: set {Pseudonymizer.KeyEnvironmentVariable} or put back {db}.key as when the complaints were collected; without it no person can be found", db + ".key")
            : Pseudonymizer.ForDatabase(db, settings.KeyFile);
    }
}
