using BrandPulse.Data.Operations;
using BrandPulse.Data.Schema;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrandPulse.Generator.Cli;

/// <summary>The generator's commands: build the site from the database, serve it locally.</summary>
public static class GeneratorApp
{
    public static int Run(string[] args, IAnsiConsole error)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("brandpulse");
            config.Settings.Registrar.RegisterInstance<IAnsiConsole>(error);
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Build the static site from the database (read-only) into --out, all at once.")
                .WithExample("build", "--db", "data/brandpulse.db", "--out", "_site");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve the built site on 127.0.0.1.")
                .WithExample("serve", "--port", "8080");
            config.SetExceptionHandler((ex, _) =>
            {
                switch (ex)
                {
                    case StoppedBySignalException stopped:
                        error.MarkupLineInterpolated($"[yellow]stopped:[/] {stopped.Message}");
                        return stopped.ExitCode;
                    case BuildLockedException:
                        error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                        return BuildLockedException.ExitCode;
                }

                string message = ex switch
                {
                    SchemaVersionException or FileNotFoundException or DirectoryNotFoundException or Publishing.EditionExistsException => ex.Message,
                    CommandParseException or CommandRuntimeException => ex.Message + " (see --help)",
                    Microsoft.Data.Sqlite.SqliteException s => $"database error: {s.Message}",
                    Data.Stores.StoreUnavailableException => ex.Message,
                    Npgsql.PostgresException p => $"database error: {p.SqlState} {p.MessageText}",
                    Npgsql.NpgsqlException n => $"database error: {n.Message}",
                    IOException io => $"cannot write the site: {io.Message} (the published site is unchanged)",
                    _ => $"{ex.GetType().Name}: {ex.Message}",
                };
                error.MarkupLineInterpolated($"[red]error:[/] {message}");
                return 1;
            });
        });
        return app.Run(args);
    }
}
