using BrandPulse.Generator.Tests.Site;
using BrandPulse.Testing;

namespace BrandPulse.Generator.Tests.Golden;

/// <summary>
/// Whole pages of the demo site, compared byte for byte with the files kept beside this test (<c>Golden/pages/</c>):
/// a change to any template, figure or text shows up here as a diff to review. When the change is meant, regenerate
/// them with <c>BRANDPULSE_ACCEPT=1 dotnet test tests/BrandPulse.Generator.Tests --filter GoldenPageTests</c>
/// and commit the new files with it.
/// </summary>
[Collection(nameof(BuiltSites))]
public sealed class GoldenPageTests(BuiltSites sites)
{
    private static readonly string s_folder = Path.Combine(RepoPaths.Root, "tests", "BrandPulse.Generator.Tests", "Golden", "pages");

    [Theory]
    [InlineData("index.html", "home.html")]
    [InlineData("brands/apple/index.html", "brand-apple.html")]
    [InlineData("channels/phone/index.html", "channel-phone.html")]
    [InlineData("methodology/index.html", "methodology.html")]
    public void A_page_is_byte_for_byte_its_golden_file(string sitePath, string golden)
    {
        string actual = File.ReadAllText(Path.Combine(sites.Demo, sitePath));
        string path = Path.Combine(s_folder, golden);
        if (Environment.GetEnvironmentVariable("BRANDPULSE_ACCEPT") == "1")
        {
            Directory.CreateDirectory(s_folder);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}: run the tests with BRANDPULSE_ACCEPT=1 to write it");
        string expected = File.ReadAllText(path);
        if (expected != actual)
        {
            Assert.Fail($"{sitePath} differs from {path} at line {FirstDifference(expected, actual)} "
                + "(if the change is meant, regenerate with BRANDPULSE_ACCEPT=1 and review the diff)");
        }
    }

    /// <summary>The 1-based line where two texts first differ, with both versions of it.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        string[] want = expected.Split('\n'), got = actual.Split('\n');
        for (int i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            string? w = i < want.Length ? want[i] : null, g = i < got.Length ? got[i] : null;
            if (w != g)
            {
                return $"{i + 1}:\n  golden: {w ?? "(end of file)"}\n  built:  {g ?? "(end of file)"}";
            }
        }

        return "(none: line endings differ)";
    }
}
