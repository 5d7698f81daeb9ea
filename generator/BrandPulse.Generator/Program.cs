using BrandPulse.Generator.Cli;
using Spectre.Console;

return GeneratorApp.Run(args, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
