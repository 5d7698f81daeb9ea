using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BrandPulse.Reliability.Tests.Infrastructure;

/// <summary>
/// Runs <c>brandpulse-collect.dll</c> or <c>brandpulse-build.dll</c> as a child process and sends it SIGTERM or SIGINT
/// (kill(1), as a service manager or a terminal does) after a delay or when a line it writes matches.
/// </summary>
internal static class SignalledProcess
{
    public static async Task<ProcessResult> RunAsync(string dll, IReadOnlyDictionary<string, string?> environment, string signal,
        TimeSpan? after, Func<string, bool>? whenLine, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("BRANDPULSE_FAULT");
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach ((string name, string? value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        bool sent = false;
        void Send()
        {
            if (!sent && !process.HasExited)
            {
                sent = true;
                using Process kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)])!;
                kill.WaitForExit();
            }
        }

        Task Read(StreamReader reader, StringBuilder text) => Task.Run(async () =>
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                text.Append(line).Append('\n');
                if (whenLine?.Invoke(line) == true)
                {
                    lock (stderr)
                    {
                        Send();
                    }
                }
            }
        });
        Task reading = Task.WhenAll(Read(process.StandardOutput, stdout), Read(process.StandardError, stderr));
        if (after is { } delay)
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < delay)
            {
                await Task.Delay(2);
            }

            lock (stderr)
            {
                Send();
            }
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(limit.Token);
        await reading;
        return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString(), sent, 0);
    }
}
