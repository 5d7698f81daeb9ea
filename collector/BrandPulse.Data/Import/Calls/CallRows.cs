using System.Collections;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Import.Calls;

/// <summary>
/// The accepted calls of a call log, held compactly so that millions of them fit: a <see cref="CallRow"/> each (in
/// 64 k-row chunks), brand names once each, keys as characters in 1 M-character chunks, and for telling a repeated
/// call apart a 128-bit hash of each key with its line (SHA-256, so two different keys never share one in practice).
/// Read as a list of <see cref="ComplaintInput"/>, made one at a time as the store asks for them.
/// </summary>
internal sealed class CallRows(string source) : IReadOnlyList<ComplaintInput>
{
    private const int RowChunk = 1 << 16;

    private readonly List<CallRow[]> _rows = [];
    private readonly KeyChars _keys = new();
    private readonly List<string> _brands = [];
    private readonly Dictionary<string, int> _brandIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<UInt128, int> _lines = [];

    public int Count { get; private set; }

    /// <summary>Calls answered by a person.</summary>
    public int Answered { get; private set; }

    /// <summary>
    /// Adds a call unless a call with the same key was added before: then returns false and the line of that first one.
    /// </summary>
    public bool TryAdd(string key, string brand, long startedMs, long? answeredMs, long? abandonedMs, int line, out int firstLine)
    {
        UInt128 hash = HashOf(key);
        if (!_lines.TryAdd(hash, line))
        {
            firstLine = _lines[hash];
            return false;
        }

        firstLine = 0;
        if (!_brandIndex.TryGetValue(brand, out int b))
        {
            b = _brands.Count;
            _brands.Add(brand);
            _brandIndex.Add(brand, b);
        }

        long at = _keys.Add(key);
        if (Count % RowChunk == 0)
        {
            _rows.Add(new CallRow[RowChunk]);
        }

        _rows[^1][Count % RowChunk] = new CallRow(startedMs, answeredMs ?? CallRow.None, abandonedMs ?? CallRow.None, line, b, at, key.Length);
        Count++;
        if (answeredMs is not null)
        {
            Answered++;
        }

        return true;
    }

    public ComplaintInput this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            CallRow c = _rows[index / RowChunk][index % RowChunk];
            long? answered = c.AnsweredMs == CallRow.None ? null : c.AnsweredMs;
            long end = answered ?? c.AbandonedMs;
            string key = _keys.Get(c.Key, c.KeyLength);
            return new ComplaintInput(source, key, Channels.Phone, null, _brands[c.Brand], c.StartedMs,
                answered, end, ResponseKind: answered is null ? null : AnswerKinds.Human, Line: c.Line,
                FirstSubstantiveAtMs: answered,
                Outcome: answered is null ? PhoneOutcomes.Abandoned : PhoneOutcomes.ReachedPerson);
        }
    }

    public IEnumerator<ComplaintInput> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static UInt128 HashOf(string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        int max = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> utf8 = max <= 512 ? stackalloc byte[max] : new byte[max];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(key, utf8)], hash);
        return MemoryMarshal.Read<UInt128>(hash);
    }
}
