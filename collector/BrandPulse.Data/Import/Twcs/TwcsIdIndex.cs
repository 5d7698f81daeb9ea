namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// Tweet id → row number in a <see cref="TwcsTweetTable"/>: an open-addressing table of row numbers only (the ids are
/// read from the rows), 4 to 8 bytes a tweet where a dictionary takes about 40.
/// </summary>
internal sealed class TwcsIdIndex(TwcsTweetTable tweets)
{
    private int[] _slots = new int[1024]; // row number + 1; 0 is empty
    private int _count;

    public int Count => _count;

    public bool TryGetValue(long id, out int row)
    {
        int mask = _slots.Length - 1;
        for (int slot = Slot(id, mask); ; slot = (slot + 1) & mask)
        {
            int entry = _slots[slot];
            if (entry == 0)
            {
                row = -1;
                return false;
            }

            if (tweets[entry - 1].Id == id)
            {
                row = entry - 1;
                return true;
            }
        }
    }

    public bool ContainsKey(long id) => TryGetValue(id, out _);

    /// <summary>Adds row <paramref name="row"/> under its id, which must not be in the index yet.</summary>
    public void Add(int row)
    {
        if (4 * (_count + 1) > 3 * _slots.Length) // at most three quarters full
        {
            int[] old = _slots;
            _slots = new int[old.Length * 2];
            foreach (int entry in old)
            {
                if (entry != 0)
                {
                    Place(entry);
                }
            }
        }

        Place(row + 1);
        _count++;
    }

    private void Place(int entry)
    {
        int mask = _slots.Length - 1;
        int slot = Slot(tweets[entry - 1].Id, mask);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = entry;
    }

    private static int Slot(long id, int mask) => (int)((ulong)(id * -7046029254386353131L) >> 32) & mask;
}
