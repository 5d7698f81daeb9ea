using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using BrandPulse.Data.Model;
using BrandPulse.Generator.Charts;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// Each brand's computed figures (<see cref="BrandComputed"/>) kept between builds in <c>&lt;site&gt;.cache/brands/</c>,
/// under a key made of the database's identity, the brand's revision (see <see cref="BrandStamp"/>), the edition's
/// cut-off and the generator's own build. A brand whose key is unchanged
/// is neither read nor computed again; its complaints download is linked from the published site (the entry remembers
/// its hash). Deleting the folder is always safe: the next build computes every brand.
/// </summary>
public sealed partial class BrandCache(string folder)
{
    private static readonly string s_codeVersion = string.Join('+',
        typeof(BrandCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(RankIntervals).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(BrandStamp).Assembly.ManifestModule.ModuleVersionId.ToString("N"));


    /// <summary>The cache of the site in <paramref name="outputDir"/>.</summary>
    public static BrandCache Beside(string outputDir) =>
        new(Path.Combine(RenderCache.FolderBeside(outputDir), "brands"));

    /// <summary>The key of a brand's entry: any change to its complaints, the database or the code changes it.</summary>
    public static string KeyOf(string databaseId, BrandStamp stamp, Brand brand, long? cutoffMs) =>
        FormattableString.Invariant($"{s_codeVersion}|{databaseId}|{stamp.BrandId}|{stamp.Revision}|{cutoffMs}|{brand.Slug}");

    /// <summary>The entry of <paramref name="brand"/> if it was saved under <paramref name="key"/>; null otherwise.</summary>
    public Entry? Load(Brand brand, string key)
    {
        string path = PathOf(brand.Id);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
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

            return new Entry(new BrandComputed(brand.Id, channels, medians, stored.Gap, stored.Recent, chart, stored.Sources),
                stored.DisplayName, stored.ComplaintsCsvHash);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or EndOfStreamException or NotSupportedException)
        {
            return null; // unreadable: computed again
        }
    }

    /// <summary>Keeps a brand's computed figures, with the display name and hash of the complaints download written from them.</summary>
    public void Save(string key, BrandComputed computed, string displayName, string complaintsCsvHash)
    {
        var stored = new Stored(displayName, complaintsCsvHash, computed.Gap, [.. computed.Recent], [.. computed.Sources],
            [.. computed.Channels.Select(c => new StoredChannel(c.Channel, c.Summary, c.Within3Min, c.Status, c.Illustrative,
                c.SelectedBecauseAnswered, c.LeftOutForQuality, c.PeriodStartMs, c.PeriodEndMs, c.AnsweredOnlyShare, [.. c.Trend],
                new Dictionary<string, int>(c.Kinds.Counts, StringComparer.Ordinal), c.Kinds.Classified, c.Kinds.Substantive,
                computed.Medians.GetValueOrDefault(c.Channel)?.Point))],
            [.. computed.Chart.Select(s => s.Channel)]);
        string path = PathOf(computed.BrandId);
        Directory.CreateDirectory(folder);
        string temp = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        using (var writer = new BinaryWriter(new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)))
        {
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

        File.Move(temp, path, overwrite: true); // never a half-written entry
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

    /// <summary>
    /// Decides, inside the read transaction, which brands' complaints must be read: those without an entry under their
    /// current key, renamed ones (their name is in their complaints download) and those whose published download is
    /// gone. The others' entries go to <paramref name="reused"/>. Every brand gets its key in <paramref name="keys"/>.
    /// Returns null (read everything, in one scan) when many brands must be read anyway.
    /// </summary>
    public static IReadOnlySet<long>? ChooseBrandsToRead(Snapshot index, long? cutoffMs, BrandCache cache, Stages.WriteSite site,
        Dictionary<long, Entry> reused, Dictionary<long, string> keys)
    {
        Dictionary<long, Brand> brands = index.Brands.ToDictionary(b => b.Id);
        foreach (BrandStamp stamp in index.Stamps)
        {
            keys[stamp.BrandId] = KeyOf(index.DatabaseId, stamp, brands[stamp.BrandId], cutoffMs);
        }

        var loaded = new System.Collections.Concurrent.ConcurrentDictionary<long, Entry>();
        if (index.DatabaseId.Length > 0)
        {
            Parallel.ForEach(index.Stamps, stamp =>
            {
                Brand brand = brands[stamp.BrandId];
                if (cache.Load(brand, keys[stamp.BrandId]) is { } entry && entry.DisplayName == brand.DisplayName
                    && site.CanReuse(Stages.RenderDownloads.ComplaintsPath(brand), entry.ComplaintsCsvHash))
                {
                    loaded[stamp.BrandId] = entry;
                }
            });
        }

        // Brands without an entry (changed ones, and those without complaints) are read by the index on brand; when they
        // outnumber the brands taken from the cache (the first build, or an import that touched most brands), one scan
        // of the table is faster.
        HashSet<long> read = [.. index.Stamps.Select(s => s.BrandId).Where(id => !loaded.ContainsKey(id))];
        if (read.Count > loaded.Count)
        {
            return null;
        }

        foreach ((long id, Entry entry) in loaded)
        {
            reused[id] = entry;
        }

        return read;
    }

    /// <summary>Deletes the entries of brands that are not among <paramref name="brandIds"/> (those with complaints).</summary>
    public void Prune(IReadOnlySet<long> brandIds)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (string file in Directory.EnumerateFiles(folder, "*.bin"))
        {
            if (!long.TryParse(Path.GetFileNameWithoutExtension(file), out long id) || !brandIds.Contains(id))
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(long brandId) => Path.Combine(folder, FormattableString.Invariant($"{brandId}.bin"));

    /// <summary>A loaded entry: the figures, and what the brand's complaints download was written with.</summary>
    public sealed record Entry(BrandComputed Computed, string DisplayName, string ComplaintsCsvHash);

    /// <summary>Serialisation code generated at build time: no reflection when a thousand entries are read.</summary>
    [JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, Converters = [typeof(CompactSummaryJson)])]
    [JsonSerializable(typeof(Stored))]
    private sealed partial class StoredJson : JsonSerializerContext;

    // What is small goes as JSON; observations, bootstrap medians and chart curves follow it as raw arrays, in the order
    // of Channels (observations, then medians if MedianPoint is set) and then ChartChannels (minutes, still waiting, table).
    private sealed record Stored(string DisplayName, string ComplaintsCsvHash, GapEstimate? Gap, List<CountedComplaint> Recent,
        List<SourceSummary> Sources, List<StoredChannel> Channels, List<string> ChartChannels);

    private sealed record StoredChannel(string Channel, ResponseSummary Summary, ShareEstimate Within3Min, FigureStatus Status,
        bool Illustrative, bool SelectedBecauseAnswered, int LeftOutForQuality, long PeriodStartMs, long PeriodEndMs,
        double AnsweredOnlyShare, List<MonthFigures> Trend, Dictionary<string, int> KindCounts, int KindsClassified,
        ResponseSummary? Substantive, double? MedianPoint);
}
