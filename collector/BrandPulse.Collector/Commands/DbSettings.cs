using System.ComponentModel;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options every collector command shares.</summary>
public class DbSettings : CommandSettings
{
    [CommandOption("--db <PATH|URI>")]
    [Description("The SQLite database (created if absent) or a PostgreSQL URI, postgresql://user[[:password]]@host[[:port]]/database[[?host=/socket/dir]]. Default: $BRANDPULSE_DB, else data/brandpulse.db")]
    public string Db { get; set; } = Data.Database.Default;

    [CommandOption("--key-file <PATH>")]
    [Description("The pseudonym key file every collector of this database shares (never created when named). Default: $BRANDPULSE_PSEUDONYM_KEY, else $BRANDPULSE_PSEUDONYM_KEY_FILE, else <database>.key beside a SQLite file")]
    public string? KeyFile { get; set; }

    /// <summary>The database's pseudonymizer, its key checked against the one the database was written with.</summary>
    public Data.Registry.Pseudonymizer Pseudonymizer(System.Data.Common.DbConnection connection)
    {
        Data.Registry.Pseudonymizer p = Data.Registry.Pseudonymizer.ForDatabase(Db, KeyFile);
        Data.Registry.PseudonymKeyCheck.Verify(connection, p);
        Data.Registry.ComplaintReference.Use(connection, p);
        return p;
    }
}

/// <summary>Options of the file importers.</summary>
public class ImportSettings : DbSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The file to import.")]
    public string File { get; set; } = "";

    [CommandOption("--report <PATH>")]
    [Description("Write a JSON report listing every rejected record (file, line, field, reason).")]
    public string? Report { get; set; }

    [CommandOption("--selected")]
    [Description("Record the data set as selected: it holds only conversations the brand answered (default for twcs and ibm-cdp).")]
    public bool Selected { get; set; }

    [CommandOption("--not-selected")]
    [Description("Record the data set as not selected: unanswered complaints are in it too (default for every other import).")]
    public bool NotSelected { get; set; }

    /// <summary>The data set's selection as told on the command line, or null for the source's default.</summary>
    public bool? SelectedOverride => Selected ? true : NotSelected ? false : null;

    public override Spectre.Console.ValidationResult Validate() =>
        Selected && NotSelected ? Spectre.Console.ValidationResult.Error("--selected and --not-selected: give at most one")
        : System.IO.File.Exists(File)
            ? Spectre.Console.ValidationResult.Success()
            : Spectre.Console.ValidationResult.Error($"file not found: {File}");
}
