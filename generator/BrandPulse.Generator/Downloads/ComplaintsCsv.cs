using System.Globalization;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Stages;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Downloads;

/// <summary>
/// The per-complaint download: enough to recompute every figure, nothing that identifies a complainant (no ids, no
/// handles, no texts; complaint times rounded down to the hour). <c>seconds_waited</c> is the exact input of the
/// statistics; <c>minutes_waited</c> the same rounded for people.
/// </summary>
public static class ComplaintsCsv
{
    public static readonly string[] Columns =
    [
        "brand", "slug", "channel", "complained_hour_utc", "seconds_waited", "minutes_waited", "answered",
        "answer_kind", "seconds_to_substantive_answer", "source", "illustrative", "selected_because_answered", "left_out_for_quality",
    ];

    /// <summary>Every complaint, sorted by brand slug, channel, time and then every other value, so the file is deterministic.</summary>
    public static IReadOnlyList<(Brand Brand, ComplaintRow Row)> Sorted(Snapshot snapshot)
    {
        Dictionary<long, Brand> brands = snapshot.Brands.ToDictionary(b => b.Id);
        return snapshot.Complaints
            .Select(r => (Brand: brands[r.BrandId], Row: r))
            .OrderBy(x => x.Brand.Slug, StringComparer.Ordinal)
            .ThenBy(x => x.Row.Channel, StringComparer.Ordinal)
            .ThenBy(x => x.Row.ComplainedAtMs).ThenBy(x => x.Row.WaitSeconds).ThenBy(x => x.Row.Answered)
            .ThenBy(x => x.Row.ResponseKind, StringComparer.Ordinal).ThenBy(x => x.Row.FirstSubstantiveAtMs)
            .ThenBy(x => x.Row.Source, StringComparer.Ordinal).ThenBy(x => x.Row.Quality, StringComparer.Ordinal)
            .ThenBy(x => x.Row.Illustrative)
            .ToList();
    }

    public static byte[] Csv(IEnumerable<(Brand Brand, ComplaintRow Row)> rows)
    {
        var csv = new CsvText().Row(Columns);
        foreach ((Brand b, ComplaintRow r) in rows)
        {
            csv.Row(
                CsvText.Text(b.DisplayName), b.Slug, r.Channel, Hour(r.ComplainedAtMs),
                r.WaitSeconds.ToString(CultureInfo.InvariantCulture), Units.FormatMinutesForDownload(r.WaitMinutes),
                r.Answered ? "true" : "false", r.ResponseKind ?? "",
                r.FirstSubstantiveAtMs is long s ? Math.Round((s - r.ComplainedAtMs) / 1000.0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "",
                DatasetName(r.Source), r.Illustrative ? "true" : "false",
                ComputeFigures.AnsweredOnlySources.Contains(r.Source) ? "true" : "false",
                r.Quality ?? "");
        }

        return csv.ToBytes();
    }

    /// <summary>The data set, not the file or person: 'manual' entries stay 'manual'.</summary>
    public static string DatasetName(string source) => source.Split(':')[0];

    private static string Hour(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms - (ms % 3_600_000)).UtcDateTime.ToString("yyyy-MM-dd'T'HH':00Z'", CultureInfo.InvariantCulture);
}
