using BrandPulse.Collector;
using Spectre.Console.Testing;

namespace BrandPulse.Reliability.Tests.Infrastructure;

/// <summary>Runs the collector's CLI in this process (fast, for table-driven input tests), with the workspace's pseudonym key.</summary>
internal static class InProcessCollector
{
    public static ProcessResult Run(string db, params string[] args)
    {
        string key = db + ".key";
        if (!File.Exists(key))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(db))!);
            File.WriteAllText(key, Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(Workspace.PseudonymKey)));
        }

        using TestConsole output = new TestConsole().Width(4000);
        using TestConsole error = new TestConsole().Width(4000);
        int exit = CollectorApp.Run([.. args, "--db", db], output, error);
        return new ProcessResult(exit, output.Output, error.Output, false, 0);
    }
}
