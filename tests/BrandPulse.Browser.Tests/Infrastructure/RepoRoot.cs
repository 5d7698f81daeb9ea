using BrandPulse.Testing;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>The repository checkout the tests run from (see <see cref="RepoPaths"/>, the one finder of the tests).</summary>
public static class RepoRoot
{
    public static string Path { get; } = RepoPaths.Root;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
