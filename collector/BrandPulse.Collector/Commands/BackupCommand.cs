using System.ComponentModel;
using System.Globalization;
using BrandPulse.Data.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>backup</c>.</summary>
public sealed class BackupSettings : DbSettings
{
    [CommandArgument(0, "<DEST>")]
    [Description("The backup file to write (replaced all at once), or an existing folder to put a dated backup in.")]
    public string Destination { get; set; } = "";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Destination) ? ValidationResult.Error("give the backup's destination") : ValidationResult.Success();
}

/// <summary>A consistent copy of the database while collectors write (SQLite's online backup API, or pg_dump).</summary>
public sealed class BackupCommand(Consoles consoles) : Command<BackupSettings>
{
    public override int Execute(CommandContext context, BackupSettings settings, CancellationToken cancellationToken)
    {
        BackupResult r = DatabaseBackup.To(settings.Db, settings.Destination, DateTimeOffset.UtcNow);
        consoles.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"backed up {Data.Database.Display(settings.Db)} to {r.Path}: schema v{r.SchemaVersion}, {r.Complaints} complaints, {r.Brands} brands, {r.Bytes / 1024.0:0} KiB"));
        consoles.Out.WriteLine(KeyNotice.For(settings.Db));
        return 0;
    }
}
