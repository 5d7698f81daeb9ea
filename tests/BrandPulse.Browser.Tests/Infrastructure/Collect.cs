using BrandPulse.Collector;
using Spectre.Console;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>Runs the collector in-process, as <c>./brandpulse collect</c> would, and fails loudly when it fails.</summary>
public static class Collect
{
    /// <summary>Exit codes that wrote data: 0 all accepted, 2 finished with rejected records (as <c>demo</c> accepts).</summary>
    public static void Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CollectorApp.Run(args, Console(output), Console(error));
        if (exit is not (0 or 2))
        {
            throw new InvalidOperationException(
                $"brandpulse collect {string.Join(' ', args)} exited {exit}:\n{error}\n{output}");
        }
    }

    /// <summary>Runs the collector and returns its exit code and what it wrote, whatever the exit code.</summary>
    public static (int Exit, string Output, string Error) Capture(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CollectorApp.Run(args, Console(output), Console(error));
        return (exit, output.ToString(), error.ToString());
    }

    private static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });
}
