using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// How a <see cref="BrandCacheEntry"/> is stored: its key, then what is small as JSON, then the observations, bootstrap
/// medians and chart curves as raw arrays, in the order of the channels (observations, then medians if the channel has
/// them) and then of the chart's channels (minutes, still waiting, table).
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

        Stored stored = JsonSerializer.Deserialize(ReadArray<byte>(reader), StoredJson.Default.Stored)
            ?? throw new InvalidDataException("empty cache entry");
        var channels = new List<ChannelFigures>(stored.Channels.Count);
        var medians = new Dictionary<string, BootstrapMedians>(StringComparer.Ordinal);
        foreach (StoredChannel c in stored.Channels)
        {
            WaitObservation[] observations = ReadArray<WaitObservation>(reader);
            channels.Add(new ChannelFigures(brand, c.Channel, c.Summary, observations, c.Status, null, c.Illustrative,
                c.SelectedBecauseAnswered, c.LeftOutForQuality, c.PeriodStartMs, c.PeriodEndMs, c.AnsweredOnlyShare, c.Trend,
                new AnswerKindFigures(c.KindCounts, c.KindsClassified, c.Substantive))
            {
                Within3Min = c.Within3Min,
                Law = c.Law,
            });
            if (c.MedianPoint is double point)
            {
                medians[c.Channel] = new BootstrapMedians(brand.Slug, point, ReadArray<double>(reader));
            }
        }

        var chart = new List<WaitSeries>(stored.ChartChannels.Count);
        foreach (string channel in stored.ChartChannels)
        {
            chart.Add(new WaitSeries(channel, ReadArray<double>(reader), ReadArray<double>(reader), ReadArray<double>(reader)));
        }

        return new BrandCacheEntry(new BrandOwnFigures(brand.Id, channels, medians, stored.Gap, stored.Recent, chart, stored.Sources),
            stored.DisplayName, stored.ComplaintsCsvHash);
    }

    /// <summary>Writes <paramref name="entry"/> under <paramref name="key"/>.</summary>
    public static void Write(BinaryWriter writer, string key, BrandCacheEntry entry)
    {
        BrandOwnFigures computed = entry.Computed;
        var stored = new Stored(entry.DisplayName, entry.ComplaintsCsvHash, computed.Gap, [.. computed.Recent], [.. computed.Sources],
            [.. computed.Channels.Select(c => new StoredChannel(c.Channel, c.Summary, c.Within3Min, c.Status, c.Illustrative,
                c.SelectedBecauseAnswered, c.LeftOutForQuality, c.PeriodStartMs, c.PeriodEndMs, c.AnsweredOnlyShare, [.. c.Trend],
                new Dictionary<string, int>(c.Kinds.Counts, StringComparer.Ordinal), c.Kinds.Classified, c.Kinds.Substantive,
                computed.Medians.GetValueOrDefault(c.Channel)?.Point, c.Law))],
            [.. computed.Chart.Select(s => s.Channel)]);
        writer.Write(key);
        WriteArray(writer, JsonSerializer.SerializeToUtf8Bytes(stored, StoredJson.Default.Stored));
        foreach (ChannelFigures c in computed.Channels)
        {
            WriteArray<WaitObservation>(writer, [.. c.Observations]);
            if (computed.Medians.GetValueOrDefault(c.Channel) is { } m)
            {
                WriteArray<double>(writer, m.Replicates);
            }
        }

        foreach (WaitSeries s in computed.Chart)
        {
            WriteArray<double>(writer, [.. s.Minutes]);
            WriteArray<double>(writer, [.. s.StillWaiting]);
            WriteArray<double>(writer, [.. s.StillWaitingAtTableTimes]);
        }
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

    /// <summary>Serialisation code generated at build time: no reflection when a thousand entries are read.</summary>
    [JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, Converters = [typeof(CompactSummaryJson)])]
    [JsonSerializable(typeof(Stored))]
    private sealed partial class StoredJson : JsonSerializerContext;

    private sealed record Stored(string DisplayName, string ComplaintsCsvHash, GapEstimate? Gap, List<CountedComplaint> Recent,
        List<SourceSummary> Sources, List<StoredChannel> Channels, List<string> ChartChannels);

    private sealed record StoredChannel(string Channel, ResponseSummary Summary, ShareEstimate Within3Min, FigureStatus Status,
        bool Illustrative, bool SelectedBecauseAnswered, int LeftOutForQuality, long PeriodStartMs, long PeriodEndMs,
        double AnsweredOnlyShare, List<MonthFigures> Trend, Dictionary<string, int> KindCounts, int KindsClassified,
        ResponseSummary? Substantive, double? MedianPoint, ChannelLawFigures? Law);
}
