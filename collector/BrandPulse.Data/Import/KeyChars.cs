namespace BrandPulse.Data.Import;

/// <summary>
/// Source keys of millions of compact rows (<see cref="Calls.CallRows"/>, <see cref="Manual.ManualRows"/>) held as
/// characters in 1 M-character chunks rather than a string each: <see cref="Add"/> gives a key's position, and the
/// position with the key's length gives the key back.
/// </summary>
internal sealed class KeyChars
{
    private const int Chunk = 1 << 20;

    private readonly List<char[]> _chunks = [];
    private int _used = Chunk;

    /// <summary>Keeps <paramref name="key"/>; returns its position (a key longer than a chunk gets a chunk of its own).</summary>
    public long Add(string key)
    {
        if (_used + key.Length > Chunk)
        {
            _chunks.Add(new char[Math.Max(Chunk, key.Length)]);
            _used = 0;
        }

        long at = ((long)(_chunks.Count - 1) * Chunk) + _used;
        key.CopyTo(_chunks[^1].AsSpan(_used));
        _used += key.Length;
        return at;
    }

    /// <summary>The key kept at <paramref name="at"/>.</summary>
    public string Get(long at, int length) => new(_chunks[(int)(at / Chunk)], (int)(at % Chunk), length);
}
