using System.ComponentModel;
using System.Globalization;
using BrandPulse.Data.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Collector.Commands;

/// <summary>Options of <c>copy</c>.</summary>
public sealed class CopySettings : CommandSettings
{
    [CommandOption("--from <PATH|URI>")]
    [Description("The database to copy: a SQLite path or a PostgreSQL URI.")]
    public string From { get; set; } = "";

    [CommandOption("--to <PATH|URI>")]
    [Description("The new, empty database to copy into: a SQLite path or a PostgreSQL URI.")]
    public string To { get; set; } = "";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(From) || string.IsNullOrWhiteSpace(To)
            ? ValidationResult.Error("give both --from and --to")
            : ValidationResult.Success();
}

/// <summary>Copies a whole database into an empty one, SQLite to PostgreSQL and back, in one transaction.</summary>
public sealed class CopyCommand(Consoles consoles) : Command<CopySettings>
{
    public override int Execute(CommandContext context, CopySettings settings, CancellationToken cancellationToken)
    {
        try
        {
            long rows = DatabaseCopy.Run(settings.From, settings.To, new ProgressWriter(consoles.Error));
            consoles.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"copied {Data.Database.Display(settings.From)} to {Data.Database.Display(settings.To)}: {rows} rows"));
            consoles.Out.WriteLine(KeyNotice.For(settings.From));
            return 0;
        }
        catch (InvalidOperationException e)
        {
            consoles.Error.WriteLine("error: " + e.Message);
            return 1;
        }
    }
}

/// <summary>Progress lines written to the error console.</summary>
internal sealed class ProgressWriter(IAnsiConsole console) : TextWriter
{
    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void WriteLine(string? value) => console.WriteLine(value ?? "");
}
