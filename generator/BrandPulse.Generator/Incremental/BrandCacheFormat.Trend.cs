using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Incremental;

public static partial class BrandCacheFormat
{
    /// <summary>
    /// A channel's monthly figures as binary, month by month: its name, N, answered, which of the 18 estimates are
    /// empty (a bit each), then the 18 numbers. As JSON they were most of an entry (about 40 of 43 MB at W1), and
    /// parsing their numbers most of an incremental build's reading of the cache.
    /// </summary>
    private static void WriteTrend(BinaryWriter writer, IReadOnlyList<MonthFigures> trend)
    {
        writer.Write(trend.Count);
        foreach (MonthFigures month in trend)
        {
            writer.Write(month.Month);
            WriteSummary(writer, month.Summary);
        }
    }

    private static List<MonthFigures> ReadTrend(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > 1 << 20)
        {
            throw new InvalidDataException("bad count of months in cache entry");
        }

        var trend = new List<MonthFigures>(count);
        for (int m = 0; m < count; m++)
        {
            trend.Add(new MonthFigures(reader.ReadString(), ReadSummary(reader)));
        }

        return trend;
    }

    /// <summary>A summary's 18 estimates in the order <see cref="ReadTrend"/> builds them back.</summary>
    private static void Estimates(ResponseSummary s, Span<double?> v)
    {
        (v[0], v[1], v[2]) = (s.ResponseRate.Value, s.ResponseRate.Lower, s.ResponseRate.Upper);
        (v[3], v[4], v[5]) = (s.Median.Value, s.Median.Lower, s.Median.Upper);
        (v[6], v[7], v[8]) = (s.P90.Value, s.P90.Lower, s.P90.Upper);
        (v[9], v[10], v[11]) = (s.AnsweredWithin15Min.Value, s.AnsweredWithin15Min.Lower, s.AnsweredWithin15Min.Upper);
        (v[12], v[13], v[14]) = (s.AnsweredWithin1Hour.Value, s.AnsweredWithin1Hour.Lower, s.AnsweredWithin1Hour.Upper);
        (v[15], v[16], v[17]) = (s.AnsweredWithin24Hours.Value, s.AnsweredWithin24Hours.Lower, s.AnsweredWithin24Hours.Upper);
    }
}
