using System.Runtime.InteropServices;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// How a <see cref="BrandCacheEntry"/> is stored: its key, then its figures field by field (<see cref="WriteStored"/>), then the bootstrap
/// medians and chart curves as raw arrays, in the order of the channels (the number of observations, then medians if the
/// channel has them, then the phone outcomes' curve if it has one, then the monthly figures) and then of the chart's
/// channels (minutes, still waiting, table), then the counted complaints field by field. Not the observations
/// themselves: they are read only to compute a brand, and a kept brand is not computed again
/// (<see cref="ObservationsNotKept"/>); at W1 they were 16 of the cache's 38 MB.
/// </summary>
public static partial class BrandCacheFormat
{
    /// <summary>The entry of <paramref name="brand"/> if it was written under <paramref name="key"/>; null otherwise.</summary>
    /// <exception cref="InvalidDataException">The entry is damaged.</exception>
    public static BrandCacheEntry? Read(BinaryReader reader, Brand brand, string key)
    {
        if (reader.ReadString() != key)
        {
            return null;
        }

        Stored stored = ReadStored(reader);
        var channels = new List<ChannelFigures>(stored.Channels.Count);
        var medians = new Dictionary<string, BootstrapMedians>(StringComparer.Ordinal);
        foreach (StoredChannel c in stored.Channels)
        {
            int observations = reader.ReadInt32();
            if (observations < 0)
            {
                throw new InvalidDataException("bad number of observations in cache entry");
            }

            if (c.MedianPoint is double point)
            {
                medians[c.Channel] = new BootstrapMedians(brand.Slug, point, ReadArray<double>(reader));
            }

            ChannelLawFigures? law = c.Law?.Phone is { } phone ? c.Law with { Phone = phone with { Curve = new StoredCurve(ReadArray<double>(reader)) } } : c.Law;
            List<MonthFigures> trend = ReadTrend(reader);
            channels.Add(new ChannelFigures(brand, c.Channel, c.Summary, new ObservationsNotKept(observations), c.Status, null, c.Illustrative,
                c.SelectedBecauseAnswered, c.LeftOutForQuality, c.PeriodStartMs, c.PeriodEndMs, c.AnsweredOnlyShare, trend,
                new AnswerKindFigures(c.KindCounts, c.KindsClassified, c.Substantive))
            {
                Within3Min = c.Within3Min,
                Law = law,
            });
        }

        var chart = new List<WaitSeries>(stored.ChartChannels.Count);
        foreach (string channel in stored.ChartChannels)
        {
            chart.Add(new WaitSeries(channel, ReadArray<double>(reader), ReadArray<double>(reader), ReadArray<double>(reader)));
        }

        // The counted complaints are the entry's last part: kept as bytes, read if the brand's page is rendered.
        Stream rest = reader.BaseStream;
        byte[] recent = new byte[rest.Length - rest.Position];
        rest.ReadExactly(recent);
        StoredRecent counted = new(recent);
        return new BrandCacheEntry(new BrandOwnFigures(brand.Id, channels, medians, stored.Gap, counted, chart, stored.Sources),
            stored.DisplayName, stored.ComplaintsCsvHash)
        {
            ChannelDigests = stored.Digests ?? [],
        };
    }

    /// <summary>Writes <paramref name="entry"/> under <paramref name="key"/>.</summary>
    public static void Write(BinaryWriter writer, string key, BrandCacheEntry entry)
    {
        BrandOwnFigures computed = entry.Computed;
        var stored = new Stored(entry.DisplayName, entry.ComplaintsCsvHash, computed.Gap, [.. computed.Sources],
            [.. computed.Channels.Select(c => StoredOf(c, computed) with { Trend = [] })], [.. computed.Chart.Select(s => s.Channel)])
        {
            Digests = new Dictionary<string, string>(entry.ChannelDigests, StringComparer.Ordinal),
        };
        writer.Write(key);
        WriteStored(writer, stored);
        foreach (ChannelFigures c in computed.Channels)
        {
            writer.Write(c.Observations.Count);
            if (computed.Medians.GetValueOrDefault(c.Channel) is { } m)
            {
                WriteArray<double>(writer, m.Replicates);
            }

            if (c.Law?.Phone is { } phone)
            {
                WriteCurve(writer, phone.Curve);
            }

            WriteTrend(writer, c.Trend);
        }

        foreach (WaitSeries s in computed.Chart)
        {
            WriteArray<double>(writer, [.. s.Minutes]);
            WriteArray<double>(writer, [.. s.StillWaiting]);
            WriteArray<double>(writer, [.. s.StillWaitingAtTableTimes]);
        }

        WriteRecent(writer, computed.Recent);
    }

    /// <summary>
    /// The phone outcomes' curve as one array of six numbers a point: as JSON a brand with many calls stored hundreds of
    /// kilobytes of it, most of what an incremental build's reading of the cache parsed.
    /// </summary>
    private static void WriteCurve(BinaryWriter writer, IReadOnlyList<IncidencePoint> curve) => WriteArray(writer, CurveValues(curve));

    private static double[] CurveValues(IReadOnlyList<IncidencePoint> curve)
    {
        var values = new double[curve.Count * 6];
        for (int i = 0; i < curve.Count; i++)
        {
            IncidencePoint p = curve[i];
            (values[6 * i], values[(6 * i) + 1], values[(6 * i) + 2]) = (p.Seconds, p.ReachedPerson, p.Abandoned);
            (values[(6 * i) + 3], values[(6 * i) + 4], values[(6 * i) + 5]) = (p.CutOff, p.NoPersonOffered, p.BusyNoAnswer);
        }

        return values;
    }

    /// <summary>
    /// The counted complaints a brand page lists, field by field: as JSON they were most of the entry of a brand without
    /// calls (7.5 of 8.7 KB at W1).
    /// </summary>
    private static void WriteRecent(BinaryWriter writer, IReadOnlyList<CountedComplaint> recent)
    {
        writer.Write(recent.Count);
        foreach (CountedComplaint c in recent)
        {
            writer.Write(c.Hour);
            writer.Write(c.Channel);
            writer.Write(c.Minutes);
            writer.Write(c.Outcome);
            writer.Write(c.Reference);
        }
    }

    /// <summary>Counted complaints as <see cref="WriteRecent"/> wrote them (<see cref="StoredRecent"/> reads them when first used).</summary>
    internal static List<CountedComplaint> ReadRecent(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > 1 << 20)
        {
            throw new InvalidDataException("bad count of counted complaints in cache entry");
        }

        var recent = new List<CountedComplaint>(count);
        for (int i = 0; i < count; i++)
        {
            recent.Add(new CountedComplaint(reader.ReadString(), reader.ReadString(), reader.ReadDouble(),
                reader.ReadString(), reader.ReadString()));
        }

        return recent;
    }

    private static T[] ReadArray<T>(BinaryReader reader) where T : unmanaged
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > 1 << 28)
        {
            throw new InvalidDataException("bad array length in cache entry");
        }

        var array = new T[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] array) where T : unmanaged
    {
        writer.Write(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private sealed record Stored(string DisplayName, string ComplaintsCsvHash, GapEstimate? Gap,
        List<SourceSummary> Sources, List<StoredChannel> Channels, List<string> ChartChannels)
    {
        /// <summary>Each channel's digest (<see cref="ChannelDigests"/>); absent in an entry that has none.</summary>
        public Dictionary<string, string>? Digests { get; init; }
    }

    private sealed record StoredChannel(string Channel, ResponseSummary Summary, ShareEstimate Within3Min, FigureStatus Status,
        bool Illustrative, bool SelectedBecauseAnswered, int LeftOutForQuality, long PeriodStartMs, long PeriodEndMs,
        double AnsweredOnlyShare, List<MonthFigures> Trend, Dictionary<string, int> KindCounts, int KindsClassified,
        ResponseSummary? Substantive, double? MedianPoint, ChannelLawFigures? Law);
}
