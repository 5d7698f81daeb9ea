using BrandPulse.Data.Operations;
using BrandPulse.Generator.Cli;
using Spectre.Console;

IAnsiConsole error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
if (Console.IsErrorRedirected)
{
    error.Profile.Width = 10_000; // one line per error for logs and scripts
}

// Only a build stops at its own clean points; serve's web host handles SIGINT/SIGTERM itself.
using IDisposable? signals = args.FirstOrDefault() == "build" ? StopSignal.Listen() : null;
return GeneratorApp.Run(args, error);
