using Spectre.Console;

namespace BrandPulse.Collector;

/// <summary>The process's standard error as a console, so problems never mix with results on stdout.</summary>
public static class ConsoleOutput
{
    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>
    /// A console over <paramref name="writer"/>; when it is not a terminal (a log, a pipe, CI) lines are never wrapped,
    /// so each error stays one line a script can read.
    /// </summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected)
        {
            console.Profile.Width = 10_000;
        }

        return console;
    }
}
