using BrandPulse.Collector;
using Spectre.Console;

return CollectorApp.Run(args, AnsiConsole.Console, ConsoleOutput.Error);
