using System.Text.Json;
using System.Text.RegularExpressions;
using BrandPulse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed partial class DownloadTests(BuiltSite site)
{
    /// <summary>Name parts of a column that would identify a complainant or quote them.</summary>
    private static readonly HashSet<string> s_identifying =
        ["id", "ids", "handle", "user", "username", "author", "screen", "name", "text", "tweet", "body", "message", "email", "account", "url"];

    [Fact]
    public async Task Every_download_on_the_data_page_answers_200_with_its_type_and_parses()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("data/index.html");
        string[] hrefs = await page.Locator("main a[href]").EvaluateAllAsync<string[]>("""
            links => [...new Set(links.map(a => new URL(a.href)).filter(u => u.origin === location.origin)
              .filter(u => /\.(csv|json|md)$/.test(u.pathname)).map(u => u.href))]
            """);
        string[] files = hrefs.Select(h => new Uri(h).Segments[^1]).ToArray();
        Assert.Superset(new HashSet<string> { "rankings.csv", "rankings.json", "complaints.csv", "datapackage.json", "data-dictionary.md" },
            files.ToHashSet());
        var problems = new List<string>();

        // When
        foreach (string href in hrefs)
        {
            IAPIResponse response = await context.APIRequest.GetAsync(href);
            string file = new Uri(href).Segments[^1];
            string type = response.Headers.GetValueOrDefault("content-type") ?? "";
            string expected = Path.GetExtension(file) switch
            {
                ".csv" => "text/csv",
                ".json" => "application/json",
                _ => "text/",
            };

            // Then
            if (response.Status != 200 || !type.StartsWith(expected, StringComparison.Ordinal))
            {
                problems.Add($"{file}: {response.Status} {type} (expected 200 {expected}…)");
                continue;
            }

            byte[] body = await response.BodyAsync();
            try
            {
                switch (Path.GetExtension(file))
                {
                    case ".csv":
                        CsvTable csv = CsvTable.Parse(body, file);
                        Check(csv.Rows.Count > 0, $"{file}: a header and no rows");
                        break;
                    case ".json":
                        using (JsonDocument.Parse(body))
                        {
                        }

                        break;
                    default:
                        Check(System.Text.Encoding.UTF8.GetString(body).Trim().Length > 0, $"{file} is empty");
                        break;
                }
            }
            catch (Exception e) when (e is InvalidDataException or JsonException or CsvHelper.CsvHelperException)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));

        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }
    }

    [Fact]
    public async Task The_data_package_describes_the_columns_each_csv_has()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();
        IAPIResponse package = await context.APIRequest.GetAsync(site.Url("data/datapackage.json").ToString());
        using JsonDocument json = JsonDocument.Parse(await package.BodyAsync());
        var checkedFiles = new List<string>();

        foreach (JsonElement resource in json.RootElement.GetProperty("resources").EnumerateArray())
        {
            if (!resource.TryGetProperty("schema", out JsonElement schema) || resource.GetProperty("path").GetString() is not { } path
                || !path.EndsWith(".csv", StringComparison.Ordinal))
            {
                continue;
            }

            // When
            IAPIResponse response = await context.APIRequest.GetAsync(site.Url($"data/{path}").ToString());
            Assert.True(response.Status == 200, $"datapackage.json lists {path}, which answers {response.Status}");
            CsvTable csv = CsvTable.Parse(await response.BodyAsync(), path);

            // Then
            Assert.Equal(schema.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()), csv.Header);
            checkedFiles.Add(path);
        }

        Assert.Contains("complaints.csv", checkedFiles);
    }

    [Fact]
    public async Task Complaints_csv_has_no_column_or_cell_that_could_identify_a_complainant()
    {
        // Given
        await using IBrowserContext context = await site.NewContextAsync();

        // When
        IAPIResponse response = await context.APIRequest.GetAsync(site.Url("data/complaints.csv").ToString());
        Assert.Equal(200, response.Status);
        CsvTable csv = CsvTable.Parse(await response.BodyAsync(), "complaints.csv");

        // Then: no ids, handles or texts, and the time only to the hour
        string[] identifying = csv.Header.Where(h => h.Split('_').Any(s_identifying.Contains)).ToArray();
        Assert.True(identifying.Length == 0, $"complaints.csv has identifying columns: {string.Join(", ", identifying)}");
        Assert.True(csv.Rows.Count > 100, $"complaints.csv has only {csv.Rows.Count} rows");
        string[] leaks = csv.Rows.SelectMany(row => row.Values).Where(cell => Handle().IsMatch(cell)).Distinct().Take(5).ToArray();
        Assert.True(leaks.Length == 0, $"complaints.csv has cells that look like handles or addresses: {string.Join(", ", leaks)}");
        string[] exact = csv.Rows.Select(row => row["complained_hour_utc"]).Where(t => !WholeHour().IsMatch(t)).Take(5).ToArray();
        Assert.True(exact.Length == 0, $"complained_hour_utc is more precise than the hour: {string.Join(", ", exact)}");
    }

    [GeneratedRegex(@"@\w|https?://|\w@\w")]
    private static partial Regex Handle();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:00Z$")]
    private static partial Regex WholeHour();
}
