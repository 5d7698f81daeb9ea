using BrandPulse.Data.Operations;
using BrandPulse.Generator.Cli;
using Spectre.Console;

IAnsiConsole error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
if (Console.IsErrorRedirected)
{
    error.Profile.Width = 10_000; // one line per error for logs and scripts
}

using IDisposable signals = StopSignal.Listen();
return GeneratorApp.Run(args, error);
