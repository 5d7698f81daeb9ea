namespace BrandPulse.Generator.Incremental;

/// <summary>The stored form's building blocks: optional numbers and records, and lists, each with what it holds.</summary>
public static partial class BrandCacheFormat
{
    private static void WriteNumbers(BinaryWriter w, params ReadOnlySpan<double?> values)
    {
        foreach (double? value in values)
        {
            w.Write(value.HasValue);
            w.Write(value ?? 0);
        }
    }

    private static double? ReadNumber(BinaryReader r)
    {
        bool has = r.ReadBoolean();
        double value = r.ReadDouble();
        return has ? value : null;
    }

    private static void WriteOptional<T>(BinaryWriter w, T? value, Action<BinaryWriter, T> write)
        where T : class
    {
        w.Write(value is not null);
        if (value is not null)
        {
            write(w, value);
        }
    }

    private static void WriteOptional(BinaryWriter w, int? value, Action<BinaryWriter, int> write)
    {
        w.Write(value.HasValue);
        if (value is int v)
        {
            write(w, v);
        }
    }

    private static T? ReadOptional<T>(BinaryReader r, Func<BinaryReader, T> read)
        where T : class => r.ReadBoolean() ? read(r) : null;

    private static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (T item in items)
        {
            write(w, item);
        }
    }

    private static List<T> ReadList<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        int count = r.ReadInt32();
        if (count < 0 || count > 1 << 24)
        {
            throw new InvalidDataException("bad count in cache entry");
        }

        var items = new List<T>(count);
        for (int i = 0; i < count; i++)
        {
            items.Add(read(r));
        }

        return items;
    }
}
