namespace BrandPulse.Data.Tests.Import;

/// <summary>The real data sets in <c>../shared/data/</c> beside the repository.</summary>
internal static class SharedData
{
    public static string Path(string fileName) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot(), "..", "shared", "data", fileName));

    public static string RepoRoot()
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
