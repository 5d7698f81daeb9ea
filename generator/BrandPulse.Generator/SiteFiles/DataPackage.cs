using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Generator.Site;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// <c>data/datapackage.json</c>: a Frictionless Tabular Data Package describing <c>rankings.csv</c> (schema with the
/// CSV's columns, in order, and their types) and <c>rankings.json</c>, with licences and sources. One per language, in
/// its words (<c>es/data/datapackage.json</c> in Spanish): names, types, values and the files are the same, so the
/// Spanish package points at the files by their absolute addresses (a package's relative paths cannot leave its folder).
/// </summary>
public static class DataPackage
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Where the data package of a language is published.</summary>
    public static string PathOf(SiteLanguage language) => SiteLanguages.Prefix(language) + "data/datapackage.json";

    public static byte[] For(SiteModel model, SiteContext context)
    {
        Strings text = context.Text;
        string Path(string file) => context.Language == Strings.Reference ? file : SiteUrls.Absolute(context, "data/" + file);
        var fields = new JsonArray();
        foreach (DataField f in DataDictionary.Fields(model, text))
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
            ["title"] = text["package.title"],
            ["description"] = text.Format("package.description",
                ("min_shown", RankingRules.MinShown.ToString(CultureInfo.InvariantCulture)),
                ("min_ranked", RankingRules.MinRanked.ToString(CultureInfo.InvariantCulture))),
            ["homepage"] = SiteUrls.Absolute(context, context.Href("", "data/index.html")),
            ["version"] = context.MethodologyVersion,
            ["keywords"] = new JsonArray([.. text["package.keywords"].Split(", ").Select(k => (JsonNode)k)]),
            ["temporalCoverage"] = model.PeriodStartMs == 0 ? null : $"{FigureText.IsoDate(model.PeriodStartMs)}/{FigureText.IsoDate(model.PeriodEndMs)}",
            ["licenses"] = new JsonArray([.. DataSources.All.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Licence, ["path"] = s.LicenceUrl, ["title"] = text.Format("package.licence_title", ("licence", s.Licence), ("source", s.Title)),
            })]),
            ["sources"] = new JsonArray([.. DataSources.All.Select(s => (JsonNode)new JsonObject
            {
                ["title"] = s.Title, ["path"] = s.Path, ["description"] = s.Attribution(text),
            })]),
            ["contributors"] = new JsonArray(new JsonObject { ["title"] = "BrandPulse", ["path"] = context.BaseUrl, ["role"] = "author" }),
            ["resources"] = new JsonArray([
                new JsonObject
                {
                    ["name"] = "rankings",
                    ["path"] = Path("rankings.csv"),
                    ["profile"] = "tabular-data-resource",
                    ["title"] = text["package.rankings_title"],
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
                .. DownloadTables.Resources(text, Path),
                new JsonObject
                {
                    ["name"] = "rankings-json",
                    ["path"] = Path("rankings.json"),
                    ["title"] = text["package.rankings_json_title"],
                    ["format"] = "json",
                    ["mediatype"] = "application/json",
                    ["encoding"] = "utf-8",
                }]),
        };
        return Encoding.UTF8.GetBytes(package.ToJsonString(Json) + "\n");
    }
}
