using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// The complaint rows of one file, appended in file order while the tweets are linked. The first
/// <see cref="InMemoryRows"/> stay in memory; a longer list goes to an unnamed temporary file (created and unlinked at
/// once, so nothing is left behind even if the process dies), so that the rows (56 bytes a complaint, 350 MB at ten
/// million) are never held beside the tweet table, and are read back a batch at a time as they are stored.
/// </summary>
internal sealed class TwcsComplaintRows
{
    /// <summary>How many rows are kept in memory before the list goes to a file.</summary>
    public const int InMemoryRows = 1 << 13;

    private static readonly int RowBytes = Marshal.SizeOf<TwcsComplaintRow>();

    private TwcsComplaintRow[] _buffer = new TwcsComplaintRow[64];
    private int _buffered;
    private SafeFileHandle? _file;
    private long _written;

    public int Count { get; private set; }

    /// <summary>Appends a row.</summary>
    public void Add(in TwcsComplaintRow row)
    {
        if (_buffered == _buffer.Length)
        {
            if (_file is null && _buffer.Length < InMemoryRows)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            else
            {
                Spill();
            }
        }

        _buffer[_buffered++] = row;
        Count++;
    }

    /// <summary>Writes what is still buffered: after this the list is complete and only read.</summary>
    public void Complete()
    {
        if (_file is not null && _buffered > 0)
        {
            Spill();
        }
    }

    /// <summary>Copies rows <paramref name="start"/> .. start + destination.Length into <paramref name="destination"/> (any thread).</summary>
    public void Read(int start, Span<TwcsComplaintRow> destination)
    {
        if (_file is null)
        {
            _buffer.AsSpan(start, destination.Length).CopyTo(destination);
            return;
        }

        Span<byte> bytes = MemoryMarshal.AsBytes(destination);
        long offset = (long)start * RowBytes;
        while (bytes.Length > 0)
        {
            int read = RandomAccess.Read(_file, bytes, offset);
            if (read == 0)
            {
                throw new EndOfStreamException("the twcs import's temporary file of complaints is shorter than written");
            }

            bytes = bytes[read..];
            offset += read;
        }
    }

    private void Spill()
    {
        if (_file is null)
        {
            string path = Path.Combine(Path.GetTempPath(), $"brandpulse-twcs-{Guid.NewGuid():N}.tmp");
            _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.None);
            File.Delete(path); // the open handle keeps the data; the name is gone at once
            Array.Resize(ref _buffer, 1 << 16);
        }

        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(_buffer.AsSpan(0, _buffered));
        RandomAccess.Write(_file, bytes, _written);
        _written += bytes.Length;
        _buffered = 0;
    }
}
