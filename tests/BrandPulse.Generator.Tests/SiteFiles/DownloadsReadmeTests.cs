using System.Text;
using BrandPulse.Generator.Tests.Site;

namespace BrandPulse.Generator.Tests.SiteFiles;

/// <summary>Each language's README of the downloads (issue 16): every file the site offers named, in that language.</summary>
[Collection(nameof(BuiltSites))]
public sealed class DownloadsReadmeTests(BuiltSites sites)
{
    [Fact]
    public void Each_language_has_a_readme_naming_every_download_in_its_own_words()
    {
        // Given the README of each language in the demo site
        string en = File.ReadAllText(Path.Combine(sites.Demo, "data", "readme.md"), Encoding.UTF8);
        string es = File.ReadAllText(Path.Combine(sites.Demo, "es", "data", "readme.md"), Encoding.UTF8);

        // Then each names every CSV and JSON file of data/ (the same files for both languages) and exists
        string[] downloads = [.. Directory.EnumerateFiles(Path.Combine(sites.Demo, "data"))
            .Select(Path.GetFileName).OfType<string>()
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f == "rankings.json")];
        Assert.Contains("complaints.csv", downloads);
        foreach (string file in downloads)
        {
            Assert.Contains($"`data/{file}`", en, StringComparison.Ordinal);
            Assert.Contains($"`data/{file}`", es, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(sites.Demo, "data", file)));
        }

        // and points at its own language's data dictionary and data package, in its own words
        Assert.StartsWith("# BrandPulse downloads", en, StringComparison.Ordinal);
        Assert.StartsWith("# Descargas de BrandPulse", es, StringComparison.Ordinal);
        Assert.Contains("`data/data-dictionary.md`", en, StringComparison.Ordinal);
        Assert.Contains("`es/data/data-dictionary.md`", es, StringComparison.Ordinal);
        Assert.Contains("`es/data/datapackage.json`", es, StringComparison.Ordinal);
        Assert.Contains("Los nombres y los valores de las columnas son los mismos en todos los idiomas", es, StringComparison.Ordinal);
        Assert.Contains("Una fila por queja", es, StringComparison.Ordinal);
        Assert.DoesNotContain("One row per complaint", es, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(sites.Demo, "es", "data", "datapackage.json")));
    }
}
