using System.Diagnostics;
using System.Globalization;

namespace BrandPulse.Data.Operations;

/// <summary>Test-only: sends this process a real SIGTERM (through kill(1)) and waits until its handler has seen it.</summary>
internal static class SelfSignal
{
    public static void Terminate()
    {
        using Process kill = Process.Start("kill", ["-TERM", Environment.ProcessId.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        var waited = Stopwatch.StartNew();
        while (!StopSignal.Requested && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(5);
        }
    }
}
