namespace BrandPulse.Testing;

/// <summary>Where things are: the checkout's root (holding BrandPulse.sln), its data/ and site/, and ../shared/data.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data(string file) => Path.Combine(Root, "data", file);

    public static string Site => Path.Combine(Root, "site");

    /// <summary>A file of the real data sets beside the checkout (never copied into it when their licence forbids).</summary>
    public static string Shared(string file) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", file));

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BrandPulse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BrandPulse.sln not found above " + AppContext.BaseDirectory);
    }
}
