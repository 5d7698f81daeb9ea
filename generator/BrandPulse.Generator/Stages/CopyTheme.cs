using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.SiteFiles;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The theme's static files (CSS, scripts, images) as output files under <c>assets/</c>, with the script's strings of
/// each language (<see cref="ScriptStrings"/>).
/// </summary>
public static class CopyTheme
{
    public static void Run(BuildState state) => state.Write([.. From(Path.Combine(state.Options.SiteDir, "theme")), .. ScriptStrings.Files(state.Options.SiteDir)]);

    public static IReadOnlyList<OutputFile> From(string themeDir)
    {
        if (!Directory.Exists(themeDir))
        {
            throw new DirectoryNotFoundException($"site theme folder not found: {themeDir}");
        }

        return Directory.EnumerateFiles(themeDir, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new OutputFile(
                "assets/" + Path.GetRelativePath(themeDir, path).Replace('\\', '/'),
                File.ReadAllBytes(path)))
            .ToList();
    }
}
