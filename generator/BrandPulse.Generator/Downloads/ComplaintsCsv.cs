using System.Globalization;
using System.Text;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Downloads;

/// <summary>
/// The per-complaint download: enough to recompute every figure, nothing that identifies a complainant (no ids, no
/// handles, no texts; complaint times rounded down to the hour). <c>seconds_waited</c> is the exact input of the
/// statistics; <c>minutes_waited</c> the same rounded for people; <c>reference</c> the complaint's public code (keyed by
/// the collector, so it says nothing of the complainant), which a brand quotes to dispute a row. Columns are only ever
/// appended.
/// </summary>
public static class ComplaintsCsv
{
    public static readonly string[] Columns =
    [
        "brand", "slug", "channel", "complained_hour_utc", "seconds_waited", "minutes_waited", "answered",
        "answer_kind", "seconds_to_substantive_answer", "source", "illustrative", "selected_because_answered", "left_out_for_quality",
        "reference", "outcome", "campaign", "protocol_min_wait_seconds", "seconds_to_ask_for_person", "menu_offered_person",
        "complaint_language", "answer_language", "tracking_code",
    ];

    /// <summary>
    /// Writes a brand's complaints (in <see cref="ComplaintOrder"/>) as CSV: UTF-8 with a byte-order mark, a header, a row
    /// each; the same cells and quoting as <see cref="CsvText"/>, formatted straight into the stream's buffer (a million
    /// rows would otherwise leave a million arrays of strings behind).
    /// </summary>
    /// <param name="selected">The sources selected because the brand answered (the <c>selected_because_answered</c> column).</param>
    /// <param name="campaigns">The field campaigns by slug, for each field call's protocol wait (none: no campaign known).</param>
    public static void Write(Brand brand, IReadOnlyList<ComplaintRow> rows, Stream output, IReadOnlySet<string> selected,
        IReadOnlyDictionary<string, Campaign>? campaigns = null)
    {
        output.Write(Preamble());
        // A buffer under the large-object threshold: a thousand brands' buffers would otherwise wait for a full collection.
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 13, leaveOpen: true);
        var quoted = new Dictionary<string, string>(StringComparer.Ordinal);
        var datasets = new Dictionary<string, string>(StringComparer.Ordinal);
        string Cell(string? value)
        {
            value ??= "";
            if (!quoted.TryGetValue(value, out string? cell))
            {
                quoted[value] = cell = CsvText.Quote(value);
            }

            return cell;
        }

        string name = CsvText.Quote(CsvText.Text(brand.DisplayName));
        string slug = CsvText.Quote(brand.Slug);
        Span<char> buffer = stackalloc char[64];
        foreach (ComplaintRow r in rows)
        {
            writer.Write(name);
            writer.Write(',');
            writer.Write(slug);
            writer.Write(',');
            writer.Write(Cell(r.Channel));
            writer.Write(',');
            long hour = r.ComplainedAtMs - (r.ComplainedAtMs % 3_600_000);
            DateTimeOffset.FromUnixTimeMilliseconds(hour).UtcDateTime.TryFormat(buffer, out int n, "yyyy-MM-dd'T'HH':00Z'", CultureInfo.InvariantCulture);
            writer.Write(buffer[..n]);
            writer.Write(',');
            r.WaitSeconds.TryFormat(buffer, out n, default, CultureInfo.InvariantCulture);
            writer.Write(buffer[..n]);
            writer.Write(',');
            writer.Write(buffer[..Minutes(r.WaitSeconds, buffer)]);
            writer.Write(r.Answered ? ",true," : ",false,");
            writer.Write(Cell(r.ResponseKind));
            writer.Write(',');
            if (r.FirstSubstantiveAtMs is long s)
            {
                Math.Round((s - r.ComplainedAtMs) / 1000.0, MidpointRounding.AwayFromZero).TryFormat(buffer, out n, default, CultureInfo.InvariantCulture);
                writer.Write(buffer[..n]);
            }

            writer.Write(',');
            if (!datasets.TryGetValue(r.Source, out string? dataset))
            {
                datasets[r.Source] = dataset = CsvText.Quote(DatasetName(r.Source));
            }

            writer.Write(dataset);
            writer.Write(r.Illustrative ? ",true," : ",false,");
            writer.Write(selected.Contains(r.Source) ? "true," : "false,");
            writer.Write(Cell(r.Quality));
            writer.Write(',');
            if (r.Reference is long code)
            {
                writer.Write(ComplaintReference.Format(code));
            }

            writer.Write(',');
            FieldCallCells.Write(writer, r, campaigns, buffer);
            writer.Write("\r\n");
        }
    }

    /// <summary>
    /// <c>minutes_waited</c>: <see cref="Units.FormatMinutesForDownload"/> of the seconds, written into
    /// <paramref name="buffer"/>; returns its length. A whole number of seconds is a whole number of tenths of a minute
    /// every 6 seconds, and half-way (3 seconds past) rounds away from zero, so the cell is written from integers
    /// without a custom number format (a million of those cost about a second of CPU at W1).
    /// </summary>
    internal static int Minutes(long seconds, Span<char> buffer)
    {
        if (seconds < 0 || seconds > 1L << 40)
        {
            Units.RoundMinutes(seconds / 60.0).TryFormat(buffer, out int formatted, "0.0", CultureInfo.InvariantCulture);
            return formatted;
        }

        long tenths = (seconds + 3) / 6;
        (tenths / 10).TryFormat(buffer, out int n, default, CultureInfo.InvariantCulture);
        buffer[n] = '.';
        buffer[n + 1] = (char)('0' + (tenths % 10));
        return n + 2;
    }

    /// <summary>What every complaints file starts with: the byte-order mark and the header row.</summary>
    public static byte[] Preamble() => new CsvText().Row(Columns).ToBytes();

    /// <summary>The data set, not the file or person: 'manual' entries stay 'manual'.</summary>
    public static string DatasetName(string source) => source.Split(':')[0];

    private static string Hour(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms - (ms % 3_600_000)).UtcDateTime.ToString("yyyy-MM-dd'T'HH':00Z'", CultureInfo.InvariantCulture);
}
