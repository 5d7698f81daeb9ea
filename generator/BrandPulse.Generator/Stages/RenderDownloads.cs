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

    /// <summary>The figures downloads: rankings, channel gap, trend, and each brand's figures.</summary>
    public static IEnumerable<OutputFile> For(SiteModel model)
    {
        yield return new OutputFile("data/channel-gap.csv", GapAndTrendCsv.Gap(model));
        yield return new OutputFile("data/trend.csv", GapAndTrendCsv.Trend(model));

        List<ChannelFigures> rows = model.Rankings.SelectMany(r => r.All).ToList();
        yield return new OutputFile("data/rankings.csv", Csv(rows));
        yield return new OutputFile("data/rankings.json", Json(model, rows, "BrandPulse rankings: time to first response per brand and channel"));

        foreach (BrandFigures brand in model.Brands)
        {
            List<ChannelFigures> own = [.. brand.Channels];
            yield return new OutputFile($"brands/{brand.Brand.Slug}/figures.csv", Csv(own));
            yield return new OutputFile($"brands/{brand.Brand.Slug}/figures.json",
                Json(model, own, $"BrandPulse figures for {brand.Brand.DisplayName}: time to first response per channel"));
        }
    }

    /// <summary>Where a brand's complaints download goes.</summary>
    public static string ComplaintsPath(Brand brand) => $"brands/{brand.Slug}/complaints.csv";

    /// <summary>The file of every complaint.</summary>
    public const string AllComplaintsPath = "data/complaints.csv";

    /// <summary>
    /// The per-complaint downloads, streamed: each brand's file is written from its rows (on all cores) or, when its rows
    /// were not read because nothing changed, reused from the published site by hash; then the file of every complaint is
    /// the header followed by each brand's rows in slug order, copied from the brand files. Returns each brand file's hash.
    /// </summary>
    public static IReadOnlyDictionary<long, string> Complaints(SiteModel model, IReadOnlyDictionary<long, List<ComplaintRow>> rows,
        IReadOnlyDictionary<long, string> reuse, Func<string, Action<Stream>, string?, string> write,
        Func<string, Stream> readBack)
    {
        var hashes = new System.Collections.Concurrent.ConcurrentDictionary<long, string>();
        Parallel.ForEach(model.Brands, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b =>
        {
            if (rows.TryGetValue(b.Brand.Id, out List<ComplaintRow>? own))
            {
                byte[] csv = ComplaintsCsv.Csv(b.Brand, own);
                hashes[b.Brand.Id] = write(ComplaintsPath(b.Brand), s => s.Write(csv), null);
            }
            else
            {
                string hash = reuse[b.Brand.Id];
                hashes[b.Brand.Id] = write(ComplaintsPath(b.Brand), _ => throw new InvalidOperationException(
                    $"the published {ComplaintsPath(b.Brand)} changed during the build; build again"), hash);
            }
        });

        byte[] preamble = ComplaintsCsv.Preamble();
        write(AllComplaintsPath, all =>
        {
            all.Write(preamble);
            foreach (BrandFigures b in model.Brands.OrderBy(b => b.Brand.Slug, StringComparer.Ordinal))
            {
                using Stream own = readBack(ComplaintsPath(b.Brand));
                own.Seek(preamble.Length, SeekOrigin.Begin);
                own.CopyTo(all, 1 << 20);
            }
        }, null);
        return hashes;
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
