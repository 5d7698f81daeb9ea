using System.Security.Cryptography;

namespace BrandPulse.Reliability.Tests.Infrastructure;

/// <summary>A built site as relative path → SHA-256, to compare releases byte for byte.</summary>
internal static class SiteFiles
{
    public static Dictionary<string, string> Hashes(string dir) => !Directory.Exists(dir)
        ? []
        : Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>The differences between two releases, for a readable failure.</summary>
    public static string Diff(Dictionary<string, string> expected, Dictionary<string, string> actual) => string.Join("\n",
        expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))
            .Take(20)
            .Select(k => $"{k}: {(expected.ContainsKey(k) ? "" : "missing in expected ")}{(actual.ContainsKey(k) ? "" : "missing in actual")}"));
}
