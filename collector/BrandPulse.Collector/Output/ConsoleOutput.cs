using Spectre.Console;

namespace BrandPulse.Collector;

/// <summary>The process's standard error as a console, so problems never mix with results on stdout.</summary>
public static class ConsoleOutput
{
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });
}
