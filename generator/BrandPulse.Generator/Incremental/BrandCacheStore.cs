using System.Buffers;
using BrandPulse.Data.Model;
using Microsoft.Win32.SafeHandles;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// Each brand's computed figures kept between builds, one file per brand in <c>&lt;site&gt;.cache/brands/</c>
/// (<see cref="BrandCacheFormat"/>), under a key (<see cref="BrandCachePlan.KeyOf"/>). Deleting the folder is always
/// safe: the next build computes every brand.
/// </summary>
public sealed class BrandCacheStore(string folder)
{
    /// <summary>The store of the site in <paramref name="outputDir"/>.</summary>
    public static BrandCacheStore Beside(string outputDir) => new(Publishing.CacheFolder.BrandsOf(outputDir));

    /// <summary>The entry of <paramref name="brand"/> if it was saved under <paramref name="key"/>; null otherwise (or unreadable).</summary>
    public BrandCacheEntry? Load(Brand brand, string key)
    {
        // Read whole into a pooled buffer and parsed from memory: a buffered file stream per entry made 64 KB of
        // garbage a brand (64 MB at W1) for the collector to clear while the kept figures were being read.
        byte[]? buffer = null;
        try
        {
            using SafeFileHandle file = File.OpenHandle(PathOf(brand.Id));
            long length = RandomAccess.GetLength(file);
            if (length > int.MaxValue)
            {
                return null;
            }

            buffer = ArrayPool<byte>.Shared.Rent((int)length);
            int read = 0;
            while (read < length && RandomAccess.Read(file, buffer.AsSpan(read, (int)length - read), read) is int n and > 0)
            {
                read += n;
            }

            using var reader = new BinaryReader(new MemoryStream(buffer, 0, read, writable: false));
            return BrandCacheFormat.Read(reader, brand, key);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException or NotSupportedException)
        {
            return null; // missing or unreadable: computed again
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Keeps a brand's entry under <paramref name="key"/>; never a half-written one.</summary>
    public void Save(string key, BrandCacheEntry entry)
    {
        string path = PathOf(entry.Computed.BrandId);
        Directory.CreateDirectory(folder);
        string temp = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        using (var writer = new BinaryWriter(new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)))
        {
            BrandCacheFormat.Write(writer, key, entry);
        }

        File.Move(temp, path, overwrite: true);
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
}
