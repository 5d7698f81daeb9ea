namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>Every HTML page of a built site, as paths relative to its root ("brands/apple/index.html").</summary>
public static class SitePages
{
    public static IReadOnlyList<string> All(string outputDir) =>
        Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(outputDir, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
