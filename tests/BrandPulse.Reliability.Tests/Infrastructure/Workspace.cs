using BrandPulse.Testing;

namespace BrandPulse.Reliability.Tests.Infrastructure;

/// <summary>A temporary folder with a database path and the environment every child process of a test shares.</summary>
internal sealed class Workspace : IDisposable
{
    public const string PseudonymKey = "reliability-test-key";

    private readonly TempDir _dir = new();

    public string Path => _dir.Path;

    public string Db => _dir.File("db/brandpulse.db");

    public string File(string name) => _dir.File(name);

    public string Write(string name, byte[] bytes)
    {
        string path = _dir.File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A fixed pseudonym key (so separate databases agree) plus <paramref name="extra"/>.</summary>
    public static Dictionary<string, string?> Env(params (string Name, string? Value)[] extra)
    {
        var env = new Dictionary<string, string?> { ["BRANDPULSE_PSEUDONYM_KEY"] = PseudonymKey };
        foreach ((string name, string? value) in extra)
        {
            env[name] = value;
        }

        return env;
    }

    public void Dispose() => _dir.Dispose();
}
