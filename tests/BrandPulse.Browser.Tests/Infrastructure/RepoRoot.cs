namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>The repository checkout the tests run from: the folder holding BrandPulse.sln.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "BrandPulse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no BrandPulse.sln above {AppContext.BaseDirectory}");
    }
}
