using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// schema.org <c>Dataset</c> as JSON-LD, for search engines' dataset search. The default encoder escapes &lt;, &gt;
/// and &amp;, so the JSON cannot close the script element it sits in. Written in the language of the context's strings,
/// for the data page of that language; the downloads it lists are the same files in every language.
/// </summary>
public static class DatasetJsonLd
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false, Encoder = JavaScriptEncoder.Default };

    public static string For(SiteModel model, SiteContext context)
    {
        Strings text = context.Text;
        var dataset = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Dataset",
            ["name"] = text["package.title"],
            ["description"] = text["dataset.description"],
            ["url"] = SiteUrls.Absolute(context, context.Href("", "data/index.html")),
            ["version"] = context.MethodologyVersion,
            ["license"] = DataSources.Twcs.LicenceUrl,
            ["isAccessibleForFree"] = true,
            ["keywords"] = new JsonArray([.. text["dataset.keywords"].Split(", ").Select(k => (JsonNode)k)]),
            ["creator"] = new JsonObject { ["@type"] = "Organization", ["name"] = "BrandPulse", ["url"] = context.BaseUrl },
            ["isBasedOn"] = new JsonArray([.. DataSources.All.Select(s => (JsonNode)new JsonObject
            {
                ["@type"] = "Dataset", ["name"] = s.Title, ["url"] = s.Path, ["license"] = s.LicenceUrl,
            })]),
            ["distribution"] = new JsonArray(
                Download("text/csv", SiteUrls.Absolute(context, "data/rankings.csv")),
                Download("application/json", SiteUrls.Absolute(context, "data/rankings.json"))),
        };
        if (model.PeriodStartMs != 0)
        {
            dataset["temporalCoverage"] = $"{FigureText.IsoDate(model.PeriodStartMs)}/{FigureText.IsoDate(model.PeriodEndMs)}";
        }

        return dataset.ToJsonString(s_json);
    }

    private static JsonObject Download(string type, string url) =>
        new() { ["@type"] = "DataDownload", ["encodingFormat"] = type, ["contentUrl"] = url };
}
