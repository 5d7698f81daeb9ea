using Spectre.Console.Testing;

namespace BrandPulse.Collector.Tests;

/// <summary>Runs the collector's CLI in-process with test consoles, in a temporary folder removed afterwards.</summary>
internal sealed class CollectorRun : IDisposable
{
    public CollectorRun()
    {
        Dir = Directory.CreateTempSubdirectory("bp-collector-").FullName;
    }

    public string Dir { get; }

    public string Db => Path.Combine(Dir, "db", "brandpulse.db");

    public string File(string name, string text)
    {
        string path = Path.Combine(Dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string File(string name, byte[] bytes)
    {
        string path = Path.Combine(Dir, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        using TestConsole output = new TestConsole().Width(4000);
        using TestConsole error = new TestConsole().Width(4000);
        int exit = CollectorApp.Run(args, output, error);
        return (exit, output.Output, error.Output);
    }

    /// <summary>The real data sets in ../shared/data beside the repository (see <see cref="BrandPulse.Testing.RepoPaths"/>).</summary>
    public static string SharedData(string fileName) => BrandPulse.Testing.RepoPaths.Shared(fileName);

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
