using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using BrandPulse.Data;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Calls;
using BrandPulse.Data.Import.Twcs;
using BrandPulse.Data.Manual;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Data.Store;
using Dapper;

namespace BrandPulse.Bench;

/// <summary>
/// <c>import-profile</c>: where an import's time goes, parse versus store (wall and process CPU seconds), for one twcs,
/// call-log or manual file, stored by <see cref="ImportSession"/> as the collector does. <c>--cache-mb N</c> sets
/// SQLite's page cache before storing (the collector uses 64 MB), to measure that setting.
/// </summary>
internal static class ImportProfile
{
    public static int Run(string[] args)
    {
        var a = new Args(args);
        string db = a.Text("db");
        string file = a.Text("file");
        using DbConnection connection = Database.OpenForWrite(db);
        var clock = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        ParsedInput parsed = a.Text("format") switch
        {
            "twcs" => TwcsParser.Parse(file, Path.GetFileNameWithoutExtension(file), Pseudonymizer.ForDatabase(db),
                new BrandStore(connection).Accounts().Where(x => x.Channel == Channels.Twitter).Select(x => x.Handle)
                    .ToHashSet(StringComparer.OrdinalIgnoreCase)),
            "manual" => ManualCsv.Parse(file, false, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
            _ => CallLogParser.Parse(file, null, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
        };
        double parse = clock.Elapsed.TotalSeconds;
        double parseCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        long cacheMb = a.Number("cache-mb", 0);
        if (cacheMb > 0)
        {
            connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {-cacheMb * 1024};"));
        }

        clock.Restart();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int accepted = new ImportSession(connection).Write(parsed).Accepted;
        double store = clock.Elapsed.TotalSeconds;
        double storeCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"complaints={parsed.Complaints.Count}\naccepted={accepted}\nparse_s={parse:0.00}\nparse_cpu_s={parseCpu:0.00}\nstore_s={store:0.00}\nstore_cpu_s={storeCpu:0.00}"));
        return 0;
    }
}
