namespace BrandPulse.Generator.Tests.Incremental;

/// <summary>Whole sites compared file by file, and site folders copied, for the incremental build tests.</summary>
internal static class SiteFiles
{
    /// <summary>Both folders hold the same paths with the same bytes.</summary>
    public static void AssertSame(string expected, string actual)
    {
        Dictionary<string, byte[]> want = Files(expected), got = Files(actual);
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), got.Keys.Order(StringComparer.Ordinal));
        foreach ((string path, byte[] bytes) in want)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(got[path]), $"{path} differs");
        }
    }

    /// <summary>Copies every file of <paramref name="from"/> into <paramref name="to"/>.</summary>
    public static void Copy(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static Dictionary<string, byte[]> Files(string root) => Directory
        .EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes, StringComparer.Ordinal);
}
