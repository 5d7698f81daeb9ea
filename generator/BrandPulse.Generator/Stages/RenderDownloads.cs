using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Downloads;
using BrandPulse.Generator.Model;
using BrandPulse.Generator.Pipeline;
using BrandPulse.Generator.Publishing;
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

    private static readonly JsonEncodedText[] s_columns = [.. RankingRow.Columns.Select(c => JsonEncodedText.Encode(c, s_json.Encoder))];

    /// <summary>
    /// Writes the figures downloads and streams each brand's complaints to the site; starts the copy of every complaint
    /// into one file, which runs beside the stages after this one (disk time while they use the CPU) until "write".
    /// </summary>
    public static void Run(BuildState state)
    {
        SiteModel model = state.Model;
        string? edition = state.Options.Edition;
        state.Write(For(model, state.Context));
        IReadOnlyDictionary<long, string> reuse = state.Plan.Reused.ToDictionary(r => r.Key, r => r.Value.ComplaintsCsvHash);
        Dictionary<string, Campaign> campaigns = state.Snapshot.Campaigns.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        state.Writing(() => state.ComplaintHashes = Complaints(model, state.Rows, reuse, state.Site, edition, AnsweredOnlySources.Of(state.Snapshot.DataSets), campaigns));
        IReadOnlyDictionary<long, string> hashes = state.ComplaintHashes;
        SiteWriter site = state.Site;
        state.AllComplaints = Task.Run(() => AllComplaints(model, hashes, site, edition));
    }

    /// <summary>The figures downloads: rankings, channel gap, trend, and each brand's figures.</summary>
    /// <param name="context">The publication: its latest edition goes into the JSON files (none when null).</param>
    /// <remarks>
    /// Each row's values are worked out once (they go to four files), and the brands' files are made on every core
    /// before the first is handed on: made inside the enumeration they were made one at a time.
    /// </remarks>
    public static IEnumerable<OutputFile> For(SiteModel model, SiteContext? context = null)
    {
        List<ChannelFigures> rows = model.Rankings.SelectMany(r => r.All).ToList();
        var values = new Row[rows.Count];
        Parallel.For(0, rows.Count, i => values[i] = new Row(rows[i], RankingRow.Values(rows[i])));
        var byFigures = new Dictionary<ChannelFigures, Row>(values.Length, ReferenceEqualityComparer.Instance);
        foreach (Row row in values)
        {
            byFigures[row.Figures] = row;
        }


        var brandFiles = new OutputFile[model.Brands.Count * 2];
        Parallel.For(0, model.Brands.Count, i =>
        {
            BrandFigures brand = model.Brands[i];
            List<Row> own = [.. brand.Channels.Select(c => byFigures.GetValueOrDefault(c) ?? new Row(c, RankingRow.Values(c)))];
            brandFiles[2 * i] = new OutputFile($"brands/{brand.Brand.Slug}/figures.csv", Csv(own));
            brandFiles[(2 * i) + 1] = new OutputFile($"brands/{brand.Brand.Slug}/figures.json",
                Json(model, context, own, $"BrandPulse figures for {brand.Brand.DisplayName}: time to first response per channel"));
        });

        return
        [
            new OutputFile("data/channel-gap.csv", GapAndTrendCsv.Gap(model)),
            new OutputFile("data/trend.csv", GapAndTrendCsv.Trend(model)),
            new OutputFile("data/rankings.csv", Csv(values)),
            new OutputFile("data/rankings.json", Json(model, context, values, "BrandPulse rankings: time to first response per brand and channel")),
            .. brandFiles,
        ];
    }

    /// <summary>A row of the figures downloads and its values (<see cref="RankingRow.Values"/>).</summary>
    private sealed record Row(ChannelFigures Figures, IReadOnlyList<(string Column, object? Value)> Values);

    /// <summary>Where a brand's complaints download goes.</summary>
    public static string ComplaintsPath(Brand brand) => $"brands/{brand.Slug}/complaints.csv";

    /// <summary>The file of every complaint.</summary>
    public const string AllComplaintsPath = "data/complaints.csv";

    /// <summary>
    /// Each brand's per-complaint download, streamed: written from its rows (on all cores) or, when its rows were not read
    /// because nothing changed, reused from the published site by hash. Returns each brand file's hash.
    /// </summary>
    public static IReadOnlyDictionary<long, string> Complaints(SiteModel model, IReadOnlyDictionary<long, List<ComplaintRow>> rows,
        IReadOnlyDictionary<long, string> reuse, SiteWriter site, string? edition, IReadOnlySet<string> selected,
        IReadOnlyDictionary<string, Campaign>? campaigns = null)
    {
        var hashes = new System.Collections.Concurrent.ConcurrentDictionary<long, string>();
        Parallel.ForEach(model.Brands, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b =>
        {
            string path = ComplaintsPath(b.Brand);
            if (rows.TryGetValue(b.Brand.Id, out List<ComplaintRow>? own))
            {
                hashes[b.Brand.Id] = site.Write(path, s => ComplaintsCsv.Write(b.Brand, own, s, selected, campaigns));
            }
            else
            {
                site.Reuse(path, hashes[b.Brand.Id] = reuse[b.Brand.Id]);
            }

            Freeze(site, path, edition);
        });

        return hashes;
    }

    /// <summary>
    /// The file of every complaint: the header, then each brand's rows in slug order, copied from the brand files
    /// <see cref="Complaints"/> wrote (mostly disk time, so the build runs it beside the CPU-bound stages).
    /// </summary>
    public static void AllComplaints(SiteModel model, IReadOnlyDictionary<long, string> hashes, SiteWriter site, string? edition)
    {
        byte[] preamble = ComplaintsCsv.Preamble();
        List<BrandFigures> bySlug = [.. model.Brands.OrderBy(b => b.Brand.Slug, StringComparer.Ordinal)];
        string identity = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(
            "complaints:" + string.Join(",", bySlug.Select(b => hashes[b.Brand.Id])))));
        site.Concatenate(AllComplaintsPath, preamble, bySlug.Select(b => (ComplaintsPath(b.Brand), (long)preamble.Length)), identity);
        Freeze(site, AllComplaintsPath, edition);
    }

    /// <summary>For an edition build, the same file in the edition's frozen copy.</summary>
    private static void Freeze(SiteWriter site, string path, string? edition)
    {
        if (edition is not null)
        {
            site.Duplicate(path, $"{Editions.Folder}/{edition}/{path}");
        }
    }

    private static byte[] Csv(IEnumerable<Row> rows)
    {
        var csv = new CsvText().Row(RankingRow.Columns);
        foreach (Row row in rows)
        {
            csv.Row(row.Values.Select(v => RankingRow.Cell(v.Value)).ToArray());
        }

        return csv.ToBytes();
    }

    private static byte[] Json(SiteModel model, SiteContext? context, IEnumerable<Row> rows, string title)
    {
        // Written with the JSON writer directly (the serialiser's object-typed values cost more than the rest of the
        // downloads): the same bytes it would write with s_json's options.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = s_json.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("title", title);
            WriteText(json, "edition", model.Edition);
            WriteText(json, "period_start", model.PeriodStartMs == 0 ? null : Rendering.FigureText.IsoDate(model.PeriodStartMs));
            WriteText(json, "period_end", model.PeriodEndMs == 0 ? null : Rendering.FigureText.IsoDate(model.PeriodEndMs));
            string? latest = model.Edition ?? context?.CitedEdition;
            WriteText(json, "latest_edition", latest);
            WriteText(json, "latest_edition_url", latest is null || context is null ? null : context.Url($"{Editions.Folder}/{latest}/"));
            json.WriteNumber("min_complaints_shown", RankingRules.MinShown);
            json.WriteNumber("min_complaints_ranked", RankingRules.MinRanked);
            json.WriteStartArray("rows");
            foreach (Row row in rows)
            {
                json.WriteStartObject();
                for (int i = 0; i < row.Values.Count; i++)
                {
                    (string column, object? value) = row.Values[i];
                    json.WritePropertyName(s_columns[i]); // the column's name, encoded once
                    switch (value)
                    {
                        case null: json.WriteNullValue(); break;
                        case string text: json.WriteStringValue(text); break;
                        case bool flag: json.WriteBooleanValue(flag); break;
                        case int whole: json.WriteNumberValue(whole); break;
                        case long whole: json.WriteNumberValue(whole); break;
                        case double number: json.WriteNumberValue(number); break;
                        default: throw new InvalidOperationException($"no JSON form for {value.GetType().Name} in column {column}");
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
