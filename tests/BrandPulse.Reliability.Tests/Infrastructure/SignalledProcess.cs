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
    /// <summary>Whether this machine's env(1) can reset signals to their default (GNU coreutils 8.31 and later).</summary>
    private static readonly Lazy<bool> s_defaultSignals = new(() =>
    {
        try
        {
            using Process env = Process.Start(new ProcessStartInfo("env", ["--default-signal=INT,TERM", "true"])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            env.WaitForExit();
            return env.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static async Task<ProcessResult> RunAsync(string dll, IReadOnlyDictionary<string, string?> environment, string signal,
        TimeSpan? after, Func<string, bool>? whenLine, params string[] args)
    {
        // Through env(1) with SIGINT and SIGTERM back to their default: a test run started as a background job of a
        // script (no job control) inherits SIGINT ignored, and .NET then never sees it (the build ran on and exited 0).
        var start = new ProcessStartInfo(s_defaultSignals.Value ? "env" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (s_defaultSignals.Value)
        {
            start.ArgumentList.Add("--default-signal=INT,TERM");
            start.ArgumentList.Add("dotnet");
        }

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
