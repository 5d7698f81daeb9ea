using System.Diagnostics;
using System.Globalization;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Import.Twcs;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Bench;

/// <summary><c>import-profile</c>: where an import's time goes, parse versus store, for one twcs or call-log file.</summary>
internal static class ImportProfile
{
    public static int Run(string[] args)
    {
        var a = new Args(args);
        string db = a.Text("db");
        string file = a.Text("file");
        using SqliteConnection connection = Database.OpenForWrite(db);
        var clock = Stopwatch.StartNew();
        ParsedInput parsed = a.Text("format") switch
        {
            "twcs" => TwcsParser.Parse(file, Path.GetFileNameWithoutExtension(file), Pseudonymizer.ForDatabase(db),
                new BrandStore(connection).Accounts().Where(x => x.Channel == Channels.Twitter).Select(x => x.Handle)
                    .ToHashSet(StringComparer.OrdinalIgnoreCase)),
            _ => CallLogParser.Parse(file, null, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
        };
        double parse = clock.Elapsed.TotalSeconds;
        clock.Restart();
        ImportSummary summary = new ImportSession(connection).Write(parsed);
        double store = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"complaints={parsed.Complaints.Count}\naccepted={summary.Accepted}\nparse_s={parse:0.00}\nstore_s={store:0.00}"));
        return 0;
    }
}
