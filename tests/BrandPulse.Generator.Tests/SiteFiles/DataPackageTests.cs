using System.Text;
using System.Text.Json;
using BrandPulse.Generator.Downloads;
using BrandPulse.Generator.SiteFiles;
using BrandPulse.Generator.Tests.Site;

namespace BrandPulse.Generator.Tests.SiteFiles;

[Collection(nameof(BuiltSites))]
public sealed class DataPackageTests(BuiltSites sites)
{
    private static readonly string[] s_frictionlessTypes = ["string", "number", "integer", "boolean", "date", "datetime", "any"];

    [Fact]
    public void Datapackage_fields_match_the_CSV_header_exactly()
    {
        // Given the built rankings.csv and datapackage.json
        string header = File.ReadAllLines(Path.Combine(sites.Demo, "data", "rankings.csv"), Encoding.UTF8)[0].TrimStart('\uFEFF');
        using JsonDocument package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sites.Demo, "data", "datapackage.json")));
        JsonElement csv = package.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("path").GetString() == "rankings.csv");
        List<JsonElement> fields = csv.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();

        // Then the schema has the CSV's columns, in order, with Frictionless types
        Assert.Equal(header.Split(','), fields.Select(f => f.GetProperty("name").GetString()));
        Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(), s_frictionlessTypes));
        Assert.Equal("tabular-data-package", package.RootElement.GetProperty("profile").GetString());
    }

    [Fact]
    public void Datapackage_names_both_licences_and_sources()
    {
        using JsonDocument package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sites.Demo, "data", "datapackage.json")));

        List<string?> licences = package.RootElement.GetProperty("licenses").EnumerateArray().Select(l => l.GetProperty("name").GetString()).ToList();
        Assert.Equal(["CC-BY-NC-SA-4.0", "Apache-2.0"], licences);
        Assert.Equal(2, package.RootElement.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public void Every_CSV_column_is_described_in_the_data_dictionary()
    {
        Assert.All(RankingRow.Columns, c => Assert.True(DataDictionary.Describes(c), $"column {c} has no description in Site/DataDictionary.cs"));
        string dictionary = File.ReadAllText(Path.Combine(sites.Demo, "data", "data-dictionary.md"));
        Assert.All(RankingRow.Columns, c => Assert.Contains($"| `{c}` |", dictionary, StringComparison.Ordinal));
    }
}
