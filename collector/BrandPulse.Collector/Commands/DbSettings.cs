using System.ComponentModel;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options every collector command shares.</summary>
public class DbSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("The SQLite database (created if absent). Default: data/brandpulse.db")]
    public string Db { get; set; } = "data/brandpulse.db";
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

    public override Spectre.Console.ValidationResult Validate() =>
        System.IO.File.Exists(File)
            ? Spectre.Console.ValidationResult.Success()
            : Spectre.Console.ValidationResult.Error($"file not found: {File}");
}
