using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// <c>data/datapackage.json</c>: a Frictionless Tabular Data Package describing <c>rankings.csv</c> (schema with the
/// CSV's columns, in order, and their types) and <c>rankings.json</c>, with licences and sources.
/// </summary>
public static class DataPackage
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] For(SiteModel model, SiteContext context)
    {
        var fields = new JsonArray();
        foreach (DataField f in DataDictionary.Fields(model))
        {
            var field = new JsonObject { ["name"] = f.Name, ["type"] = f.Type, ["description"] = f.Description };
            if (f.Values is not null)
            {
                field["constraints"] = new JsonObject { ["enum"] = new JsonArray([.. f.Values.Select(v => (JsonNode)v)]) };
            }

            fields.Add(field);
        }

        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "brandpulse-rankings",
            ["title"] = "BrandPulse rankings: time to first response per brand and channel",
            ["description"] = "How long brands take to give a first answer to complaints, per channel, with 95% intervals. "
                + $"Brands with {RankingRules.MinShown}+ complaints on a channel have figures; {RankingRules.MinRanked}+ are ranked.",
            ["homepage"] = SiteUrls.Absolute(context, "data/index.html"),
            ["version"] = context.MethodologyVersion,
            ["keywords"] = new JsonArray("customer service", "complaints", "response time", "social media"),
            ["temporalCoverage"] = model.PeriodStartMs == 0 ? null : $"{FigureText.IsoDate(model.PeriodStartMs)}/{FigureText.IsoDate(model.PeriodEndMs)}",
            ["licenses"] = new JsonArray([.. DataSources.All.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Licence, ["path"] = s.LicenceUrl, ["title"] = $"{s.Licence} for figures derived from {s.Title}",
            })]),
            ["sources"] = new JsonArray([.. DataSources.All.Select(s => (JsonNode)new JsonObject
            {
                ["title"] = s.Title, ["path"] = s.Path, ["description"] = s.Attribution,
            })]),
            ["contributors"] = new JsonArray(new JsonObject { ["title"] = "BrandPulse", ["path"] = context.BaseUrl, ["role"] = "author" }),
            ["resources"] = new JsonArray([
                new JsonObject
                {
                    ["name"] = "rankings",
                    ["path"] = "rankings.csv",
                    ["profile"] = "tabular-data-resource",
                    ["title"] = "Rankings: one row per brand and channel",
                    ["format"] = "csv",
                    ["mediatype"] = "text/csv",
                    ["encoding"] = "utf-8",
                    ["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["header"] = true },
                    ["schema"] = new JsonObject
                    {
                        ["fields"] = fields,
                        ["missingValues"] = new JsonArray(""),
                        ["primaryKey"] = new JsonArray("slug", "channel"),
                    },
                },
                .. DownloadTables.Resources(),
                new JsonObject
                {
                    ["name"] = "rankings-json",
                    ["path"] = "rankings.json",
                    ["title"] = "The same rows as JSON, with the thresholds used",
                    ["format"] = "json",
                    ["mediatype"] = "application/json",
                    ["encoding"] = "utf-8",
                }]),
        };
        return Encoding.UTF8.GetBytes(package.ToJsonString(Json) + "\n");
    }
}
