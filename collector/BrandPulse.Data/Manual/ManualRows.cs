using System.Collections;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Manual;

/// <summary>
/// The accepted complaints of a manual CSV, held compactly so that millions of them fit: a <see cref="ManualRow"/>
/// each (in 64 k-row chunks), brand names, channels and outcomes once each, and keys as characters in 1 M-character
/// chunks. Read as a list of <see cref="ComplaintInput"/>, made one at a time as the store asks for them; what is read
/// back equals what was added.
/// </summary>
internal sealed class ManualRows(bool illustrative) : IReadOnlyList<ComplaintInput>
{
    private const int RowChunk = 1 << 16;

    private readonly List<ManualRow[]> _rows = [];
    private readonly KeyChars _keys = new();
    private readonly List<string?> _strings = [];
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private int _nullIndex = -1;

    public int Count { get; private set; }

    /// <summary>Adds a complaint made by <see cref="ManualEntry.ToComplaint"/> (fields it never sets must be unset).</summary>
    public void Add(ComplaintInput c)
    {
        if (c.Source != ManualEntry.Source || c.Illustrative != illustrative || c.AccountHandle is not null
            || c.ComplainantPseudonym is not null || c.ResponseKind is not null || c.FirstSubstantiveAtMs is not null
            || c.DialedAtMs is not null || c.AskedPersonAtMs is not null || c.MenuOfferedPerson is not null
            || c.ComplaintLanguage is not null || c.AnswerLanguage is not null || c.TrackingCode is not null
            || c.Campaign is not null || c.ContributorPseudonym is not null)
        {
            throw new ArgumentException("not a manual complaint: a field the compact rows do not hold is set", nameof(c));
        }

        string key = c.SourceKey;
        long at = _keys.Add(key);
        if (Count % RowChunk == 0)
        {
            _rows.Add(new ManualRow[RowChunk]);
        }

        _rows[^1][Count % RowChunk] = new ManualRow(c.ComplainedAtMs, c.FirstResponseAtMs ?? ManualRow.None,
            c.ObservedUntilMs, c.Line, IndexOf(c.BrandName), IndexOf(c.Channel), IndexOf(c.Outcome), at, key.Length);
        Count++;
    }

    public ComplaintInput this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            ManualRow r = _rows[index / RowChunk][index % RowChunk];
            string key = _keys.Get(r.Key, r.KeyLength);
            return new ComplaintInput(ManualEntry.Source, key, _strings[r.Channel]!, null, _strings[r.Brand],
                r.ComplainedMs, r.AnsweredMs == ManualRow.None ? null : r.AnsweredMs, r.UntilMs,
                Illustrative: illustrative, Line: r.Line, Outcome: _strings[r.Outcome]);
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

    /// <summary>The index of a brand name, channel or outcome in the pool (null is one entry of its own).</summary>
    private int IndexOf(string? text)
    {
        if (text is null)
        {
            if (_nullIndex < 0)
            {
                _nullIndex = _strings.Count;
                _strings.Add(null);
            }

            return _nullIndex;
        }

        if (!_stringIndex.TryGetValue(text, out int i))
        {
            i = _strings.Count;
            _strings.Add(text);
            _stringIndex.Add(text, i);
        }

        return i;
    }
}
