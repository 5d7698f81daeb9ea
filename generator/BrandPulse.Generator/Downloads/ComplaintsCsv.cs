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

    /// <summary>A brand's complaints (in <see cref="ComplaintOrder"/>) as CSV: UTF-8 with a byte-order mark, a header, a row each.</summary>
    public static byte[] Csv(Brand brand, IReadOnlyList<ComplaintRow> rows)
    {
        var csv = new CsvText().Row(Columns);
        string name = CsvText.Text(brand.DisplayName);
        foreach (ComplaintRow r in rows)
        {
            csv.Row(
                name, brand.Slug, r.Channel, Hour(r.ComplainedAtMs),
                r.WaitSeconds.ToString(CultureInfo.InvariantCulture), Units.FormatMinutesForDownload(r.WaitMinutes),
                r.Answered ? "true" : "false", r.ResponseKind ?? "",
                r.FirstSubstantiveAtMs is long s ? Math.Round((s - r.ComplainedAtMs) / 1000.0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "",
                DatasetName(r.Source), r.Illustrative ? "true" : "false",
                ComputeFigures.AnsweredOnlySources.Contains(r.Source) ? "true" : "false",
                r.Quality ?? "");
        }

        return csv.ToBytes();
    }

    /// <summary>What every complaints file starts with: the byte-order mark and the header row.</summary>
    public static byte[] Preamble() => new CsvText().Row(Columns).ToBytes();

    /// <summary>The data set, not the file or person: 'manual' entries stay 'manual'.</summary>
    public static string DatasetName(string source) => source.Split(':')[0];

    private static string Hour(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms - (ms % 3_600_000)).UtcDateTime.ToString("yyyy-MM-dd'T'HH':00Z'", CultureInfo.InvariantCulture);
}
