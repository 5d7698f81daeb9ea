using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Downloads;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Stages;

/// <summary>The render stage for data files: rankings as CSV and JSON with the same figures as the pages.</summary>
public static class RenderDownloads
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Default,
    };

    public static IEnumerable<OutputFile> For(SiteModel model, Snapshot snapshot)
    {
        yield return new OutputFile("data/complaints.csv", ComplaintsCsv.For(snapshot));
        yield return new OutputFile("data/channel-gap.csv", GapAndTrendCsv.Gap(model));
        yield return new OutputFile("data/trend.csv", GapAndTrendCsv.Trend(model));

        List<ChannelFigures> rows = model.Rankings.SelectMany(r => r.All).ToList();
        var csv = new CsvText().Row(RankingRow.Columns);
        foreach (ChannelFigures f in rows)
        {
            csv.Row(RankingRow.Values(f).Select(v => RankingRow.Cell(v.Value)).ToArray());
        }

        yield return new OutputFile("data/rankings.csv", csv.ToBytes());

        var json = new Dictionary<string, object?>
        {
            ["title"] = "BrandPulse rankings: time to first response per brand and channel",
            ["edition"] = model.Edition,
            ["period_start"] = model.PeriodStartMs == 0 ? null : Rendering.Fmt.IsoDate(model.PeriodStartMs),
            ["period_end"] = model.PeriodEndMs == 0 ? null : Rendering.Fmt.IsoDate(model.PeriodEndMs),
            ["min_complaints_shown"] = RankingRules.MinShown,
            ["min_complaints_ranked"] = RankingRules.MinRanked,
            ["rows"] = rows.Select(f => RankingRow.Values(f).ToDictionary(v => v.Column, v => v.Value)).ToList(),
        };
        yield return new OutputFile("data/rankings.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(json, s_json) + "\n"));
    }
}
