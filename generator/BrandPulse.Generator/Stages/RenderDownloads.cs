using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Downloads;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Stages;

/// <summary>
/// The render stage for data files: rankings as CSV and JSON with the same figures as the pages, every complaint,
/// the channel gap and the trend; and per brand its figures (CSV, JSON) and its complaints (CSV).
/// </summary>
public static class RenderDownloads
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Default,
    };

    public static IEnumerable<OutputFile> For(SiteModel model, Snapshot snapshot)
    {
        IReadOnlyList<(Brand Brand, ComplaintRow Row)> complaints = ComplaintsCsv.Sorted(snapshot);
        yield return new OutputFile("data/complaints.csv", ComplaintsCsv.Csv(complaints));
        yield return new OutputFile("data/channel-gap.csv", GapAndTrendCsv.Gap(model));
        yield return new OutputFile("data/trend.csv", GapAndTrendCsv.Trend(model));

        List<ChannelFigures> rows = model.Rankings.SelectMany(r => r.All).ToList();
        yield return new OutputFile("data/rankings.csv", Csv(rows));
        yield return new OutputFile("data/rankings.json", Json(model, rows, "BrandPulse rankings: time to first response per brand and channel"));

        HashSet<string> published = model.Brands.Select(b => b.Brand.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (IGrouping<string, (Brand Brand, ComplaintRow Row)> brand in complaints.GroupBy(c => c.Brand.Slug).Where(g => published.Contains(g.Key)))
        {
            yield return new OutputFile($"brands/{brand.Key}/complaints.csv", ComplaintsCsv.Csv(brand));
        }

        foreach (BrandFigures brand in model.Brands)
        {
            List<ChannelFigures> own = [.. brand.Channels];
            yield return new OutputFile($"brands/{brand.Brand.Slug}/figures.csv", Csv(own));
            yield return new OutputFile($"brands/{brand.Brand.Slug}/figures.json",
                Json(model, own, $"BrandPulse figures for {brand.Brand.DisplayName}: time to first response per channel"));
        }
    }

    private static byte[] Csv(IEnumerable<ChannelFigures> rows)
    {
        var csv = new CsvText().Row(RankingRow.Columns);
        foreach (ChannelFigures f in rows)
        {
            csv.Row(RankingRow.Values(f).Select(v => RankingRow.Cell(v.Value)).ToArray());
        }

        return csv.ToBytes();
    }

    private static byte[] Json(SiteModel model, IEnumerable<ChannelFigures> rows, string title)
    {
        var json = new Dictionary<string, object?>
        {
            ["title"] = title,
            ["edition"] = model.Edition,
            ["period_start"] = model.PeriodStartMs == 0 ? null : Rendering.Fmt.IsoDate(model.PeriodStartMs),
            ["period_end"] = model.PeriodEndMs == 0 ? null : Rendering.Fmt.IsoDate(model.PeriodEndMs),
            ["min_complaints_shown"] = RankingRules.MinShown,
            ["min_complaints_ranked"] = RankingRules.MinRanked,
            ["rows"] = rows.Select(f => RankingRow.Values(f).ToDictionary(v => v.Column, v => v.Value)).ToList(),
        };
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(json, s_json) + "\n");
    }
}
