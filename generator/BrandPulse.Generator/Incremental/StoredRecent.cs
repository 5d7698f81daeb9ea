using System.Collections;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// A kept brand's counted complaints as the cache stores them, field by field (<see cref="BrandCacheFormat"/>), read
/// when first used: only the brand's page lists them (and only when it is rendered), so a thousand kept brands are a
/// few kilobytes each rather than fifty records and 250 strings.
/// </summary>
public sealed class StoredRecent : IReadOnlyList<CountedComplaint>
{
    private readonly byte[] _stored;
    private List<CountedComplaint>? _read;

    /// <summary>Checks the stored form's structure now (lengths and counts, no strings made), so that reading it later cannot fail.</summary>
    /// <exception cref="InvalidDataException">The stored form is damaged.</exception>
    public StoredRecent(byte[] stored)
    {
        using var reader = new BinaryReader(new MemoryStream(stored, writable: false));
        try
        {
            int count = reader.ReadInt32();
            if (count < 0 || count > 1 << 20)
            {
                throw new InvalidDataException("bad count of counted complaints in cache entry");
            }

            for (int i = 0; i < count; i++)
            {
                Skip(reader); // hour
                Skip(reader); // channel
                reader.BaseStream.Seek(sizeof(double), SeekOrigin.Current); // minutes
                Skip(reader); // outcome
                Skip(reader); // reference
            }
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException)
        {
            throw new InvalidDataException("damaged counted complaints in cache entry", e);
        }

        if (reader.BaseStream.Position != stored.Length)
        {
            throw new InvalidDataException("damaged counted complaints in cache entry");
        }

        _stored = stored;
    }

    public int Count => Read().Count;

    public CountedComplaint this[int index] => Read()[index];

    public IEnumerator<CountedComplaint> GetEnumerator() => Read().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<CountedComplaint> Read() => LazyInitializer.EnsureInitialized(ref _read, () =>
    {
        using var reader = new BinaryReader(new MemoryStream(_stored, writable: false));
        return BrandCacheFormat.ReadRecent(reader);
    });

    /// <summary>Skips a string as <see cref="BinaryWriter.Write(string)"/> wrote it: its length in bytes, then the bytes.</summary>
    private static void Skip(BinaryReader reader)
    {
        int length = reader.Read7BitEncodedInt();
        if (length < 0 || reader.BaseStream.Position + length > reader.BaseStream.Length)
        {
            throw new EndOfStreamException();
        }

        reader.BaseStream.Seek(length, SeekOrigin.Current);
    }
}
