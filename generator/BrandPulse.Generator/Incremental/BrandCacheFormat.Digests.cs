using System.Runtime.InteropServices;
using System.Security.Cryptography;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Incremental;

public static partial class BrandCacheFormat
{
    /// <summary>
    /// A digest of each of the brand's channel figures (channel → SHA-256, hex): of everything the entry stores of the
    /// channel (its figures and monthly figures as stored, its observations, its bootstrap medians, its phone outcomes' curve), so of
    /// everything a page can show of the brand on that channel but its rank and the brand's record. Equal digests,
    /// equal figures: the keys of the pages that list many brands (<see cref="AggregatePageKeys"/>) are made of them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ChannelDigests(BrandOwnFigures computed)
    {
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ChannelFigures c in computed.Channels)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            void Add(ReadOnlySpan<byte> bytes)
            {
                hash.AppendData(BitConverter.GetBytes(bytes.Length));
                hash.AppendData(bytes);
            }

            Add(ChannelBytes(StoredOf(c, computed)));
            Add(ObservationBytes(c.Observations));
            Add(MemoryMarshal.AsBytes((computed.Medians.GetValueOrDefault(c.Channel)?.Replicates ?? []).AsSpan()));
            Add(MemoryMarshal.AsBytes(CurveValues(c.Law?.Phone?.Curve ?? []).AsSpan()));

            digests[c.Channel] = Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        return digests;
    }

    /// <summary>
    /// The channel's figures and monthly figures as the entry stores them, field by field (<see cref="WriteChannel"/>): not
    /// as JSON, whose serialiser an incremental build had to set up (and compile) for the few channels it computes.
    /// </summary>
    private static byte[] ChannelBytes(StoredChannel channel)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteChannel(writer, channel);
        }

        return bytes.ToArray();
    }

    /// <summary>Each observation's minutes and whether it was answered: never the struct's bytes, whose padding is not defined.</summary>
    private static byte[] ObservationBytes(IReadOnlyList<WaitObservation> observations)
    {
        byte[] bytes = new byte[observations.Count * 9];
        for (int i = 0; i < observations.Count; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 9), observations[i].Minutes);
            bytes[(i * 9) + 8] = observations[i].Answered ? (byte)1 : (byte)0;
        }

        return bytes;
    }

    private static StoredChannel StoredOf(ChannelFigures c, BrandOwnFigures computed) => new(c.Channel, c.Summary, c.Within3Min,
        c.Status, c.Illustrative, c.SelectedBecauseAnswered, c.LeftOutForQuality, c.PeriodStartMs, c.PeriodEndMs,
        c.AnsweredOnlyShare, [.. c.Trend], new Dictionary<string, int>(c.Kinds.Counts, StringComparer.Ordinal), c.Kinds.Classified,
        c.Kinds.Substantive, computed.Medians.GetValueOrDefault(c.Channel)?.Point,
        c.Law?.Phone is { } phone ? c.Law with { Phone = phone with { Curve = [] } } : c.Law);
}
