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

    [Fact]
    public void The_Spanish_data_dictionary_documents_every_column_of_every_download_in_Spanish()
    {
        // Given the English and the Spanish data dictionary of the demo site
        string[] english = File.ReadAllLines(Path.Combine(sites.Demo, "data", "data-dictionary.md"), Encoding.UTF8);
        string[] spanish = File.ReadAllLines(Path.Combine(sites.Demo, "es", "data", "data-dictionary.md"), Encoding.UTF8);
        Dictionary<string, string> rowsOf(string[] lines, string file) => Section(lines, file)
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToDictionary(l => l.Split('`')[1], l => l);

        Assert.Equal("# Diccionario de datos: rankings.csv", spanish[0]);
        foreach (string file in new[] { "rankings.csv", "complaints.csv", "channel-gap.csv", "trend.csv" })
        {
            string csv = Path.Combine(sites.Demo, "data", file);
            string[] columns = File.ReadLines(csv, Encoding.UTF8).First().TrimStart('\uFEFF').Split(',');
            Dictionary<string, string> en = rowsOf(english, file), es = rowsOf(spanish, file);

            // Then both document the file's columns, the same names in the same order, each with a meaning
            Assert.Equal(columns, en.Keys);
            Assert.Equal(columns, es.Keys);
            foreach (string column in columns)
            {
                string[] cells = es[column].Split(" | ");
                Assert.True(cells[^1].Trim(' ', '|').Length > 0, $"{file}: column {column} has no meaning in Spanish");
                Assert.Equal(en[column].Split(" | ")[1], cells[1]); // the type is a Frictionless name in both

                // And each meaning is written in Spanish, not copied from English
                Assert.NotEqual(en[column], es[column]);
            }
        }

        Assert.Contains("## Licencias y fuentes", spanish);
        Assert.Contains(spanish, l => l.Contains("CC BY-NC-SA 4.0: uso no comercial", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Spanish_data_package_describes_the_same_files_and_columns_in_Spanish()
    {
        using JsonDocument en = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sites.Demo, "data", "datapackage.json")));
        using JsonDocument es = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sites.Demo, "es", "data", "datapackage.json")));
        List<JsonElement> enResources = [.. en.RootElement.GetProperty("resources").EnumerateArray()];
        List<JsonElement> esResources = [.. es.RootElement.GetProperty("resources").EnumerateArray()];

        // The same resources, pointing at the same (English) files by their absolute addresses
        Assert.Equal(enResources.Select(r => r.GetProperty("name").GetString()), esResources.Select(r => r.GetProperty("name").GetString()));
        Assert.All(enResources.Zip(esResources), p => Assert.EndsWith("/data/" + p.First.GetProperty("path").GetString(),
            p.Second.GetProperty("path").GetString(), StringComparison.Ordinal));
        Assert.All(esResources, r => Assert.StartsWith("https://", r.GetProperty("path").GetString(), StringComparison.Ordinal));

        // The same column names, types and allowed values; a Spanish description for each
        foreach ((JsonElement e, JsonElement s) in enResources.Zip(esResources).Where(p => p.First.TryGetProperty("schema", out _)))
        {
            List<JsonElement> ef = [.. e.GetProperty("schema").GetProperty("fields").EnumerateArray()];
            List<JsonElement> sf = [.. s.GetProperty("schema").GetProperty("fields").EnumerateArray()];
            Assert.Equal(ef.Select(f => f.GetProperty("name").GetString() + ":" + f.GetProperty("type").GetString()),
                sf.Select(f => f.GetProperty("name").GetString() + ":" + f.GetProperty("type").GetString()));
            Assert.Equal(ef.Select(f => f.TryGetProperty("constraints", out JsonElement c) ? c.GetRawText() : ""),
                sf.Select(f => f.TryGetProperty("constraints", out JsonElement c) ? c.GetRawText() : ""));
            Assert.All(ef.Zip(sf), p => Assert.NotEqual(p.First.GetProperty("description").GetString(), p.Second.GetProperty("description").GetString()));
        }

        Assert.StartsWith("Clasificaciones de BrandPulse", es.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/es/data/", es.RootElement.GetProperty("homepage").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The lines of the dictionary's part about one file: the first table for rankings.csv, else its "## FILE" section.</summary>
    private static IEnumerable<string> Section(string[] lines, string file)
    {
        int start = file == "rankings.csv" ? 0 : Array.IndexOf(lines, "## " + file);
        Assert.True(start >= 0, $"no section for {file}");
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
    }
}
