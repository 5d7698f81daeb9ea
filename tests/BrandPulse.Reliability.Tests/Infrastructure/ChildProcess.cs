using System.Diagnostics;

namespace BrandPulse.Reliability.Tests.Infrastructure;

/// <summary>How a child process ended: its exit code (137 when this test killed it), its output, and its peak memory.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, bool Killed, long PeakRssKiB)
{
    /// <summary>Everything it printed.</summary>
    public string Output => Stdout + Stderr;

    public override string ToString() => $"exit {ExitCode}{(Killed ? " (killed)" : "")}\nstdout: {Stdout}\nstderr: {Stderr}";
}

/// <summary>
/// Runs <c>brandpulse-collect.dll</c> or <c>brandpulse-build.dll</c> (copied next to this test assembly) as a child
/// process with a chosen environment, optionally killing it with SIGKILL after a delay, like <c>kill -9</c>.
/// </summary>
internal static class ChildProcess
{
    public const string Collector = "brandpulse-collect.dll";
    public const string Generator = "brandpulse-build.dll";

    private static readonly string[] s_cleared =
        ["BRANDPULSE_X_BEARER_TOKEN", "BRANDPULSE_FAULT", "BRANDPULSE_NOW", "BRANDPULSE_PSEUDONYM_KEY", "DOTNET_GCHeapHardLimit"];

    /// <summary>
    /// Where a program is run from. The collector runs from its own build folder: this project's folder lacks the
    /// assemblies that the generator's ASP.NET Core framework reference provides (Npgsql's logging abstractions), which
    /// the collector's runtime does not have.
    /// </summary>
    private static string PathOf(string dll)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string own = Path.Combine(BrandPulse.Testing.RepoPaths.Root, "collector", "BrandPulse.Collector", "bin", here.Parent!.Name, here.Name, dll);
        return dll == Collector && File.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, dll);
    }

    public static Task<ProcessResult> CollectAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        RunAsync(Collector, environment, null, args);

    public static Task<ProcessResult> BuildAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        RunAsync(Generator, environment, null, args);

    /// <param name="killAfter">Kill the process (SIGKILL) this long after it started, if it is still running.</param>
    public static async Task<ProcessResult> RunAsync(string dll, IReadOnlyDictionary<string, string?>? environment,
        TimeSpan? killAfter, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(PathOf(dll));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (string name in s_cleared)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_EnableCrashReport"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach ((string name, string? value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        bool killed = false;
        var clock = Stopwatch.StartNew();
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakRss(process.Id));
            if (killAfter is { } k && clock.Elapsed >= k)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                    killed = true;
                }
                catch (InvalidOperationException)
                {
                    // It ended on its own just now.
                }

                break;
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{dll} {string.Join(' ', args)} ran for more than 10 minutes");
            }

            await Task.Delay(killAfter is null ? 20 : 2);
        }

        await process.WaitForExitAsync();
        return new ProcessResult(process.ExitCode, await stdout, await stderr, killed, peak);
    }

    /// <summary>The process's peak resident set (VmHWM) in KiB, or 0 when it is gone.</summary>
    private static long PeakRss(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
