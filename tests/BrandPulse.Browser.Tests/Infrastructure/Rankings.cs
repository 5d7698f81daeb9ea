using Microsoft.Playwright;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>The site's <c>data/rankings.csv</c>, fetched over HTTP: the figures pages are checked against.</summary>
public static class Rankings
{
    public static async Task<CsvTable> FetchAsync(BuiltSite site, IBrowserContext context)
    {
        IAPIResponse response = await context.APIRequest.GetAsync(site.Url("data/rankings.csv").ToString());
        Assert.True(response.Status == 200, $"data/rankings.csv answered {response.Status}");
        return CsvTable.Parse(await response.BodyAsync(), "rankings.csv");
    }

    /// <summary>One brand's rows (one per channel it has complaints on), in file order.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Of(this CsvTable rankings, string slug) =>
        rankings.Rows.Where(row => row["slug"] == slug).ToList();
}
