namespace BrandPulse.Statistics;

/// <summary>
/// Calls grouped for the bootstrap: each distinct time is a cell with three counters (reached a person, a
/// competing outcome, censored), and each call knows its counter. A replicate adds its draws to the counters and
/// walks the cells once.
/// </summary>
internal sealed class PhoneCells
{
    private const int Kinds = 3;
    private readonly double[] _times;
    private readonly int[] _slotOfCall;

    private PhoneCells(double[] times, int[] slotOfCall)
    {
        _times = times;
        _slotOfCall = slotOfCall;
    }

    internal int CallCount => _slotOfCall.Length;

    internal int SlotCount => _times.Length * Kinds;

    internal static PhoneCells From(PhoneCall[] sorted)
    {
        var times = new List<double>();
        int[] slotOfCall = new int[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            double t = sorted[i].Time;
            if (times.Count == 0 || times[^1] != t)
            {
                times.Add(t);
            }

            int kind = sorted[i].Outcome == PhoneOutcome.ReachedPerson ? 0 : sorted[i].IsCompeting ? 1 : 2;
            slotOfCall[i] = ((times.Count - 1) * Kinds) + kind;
        }

        return new PhoneCells([.. times], slotOfCall);
    }

    /// <summary>Counts every call once (the observed sample).</summary>
    internal void CountAll(Span<int> counts)
    {
        counts.Clear();
        foreach (int slot in _slotOfCall)
        {
            counts[slot]++;
        }
    }

    /// <summary>Counts <see cref="CallCount"/> calls drawn with replacement.</summary>
    internal void CountResample(ref Xoshiro256StarStar random, Span<int> counts)
    {
        counts.Clear();
        int n = _slotOfCall.Length;
        for (int i = 0; i < n; i++)
        {
            counts[_slotOfCall[random.NextInt(n)]]++;
        }
    }

    /// <summary>The Aalen-Johansen median of reaching a person for these counts; +infinity when not reached.</summary>
    internal double Median(ReadOnlySpan<int> counts)
    {
        long atRisk = 0;
        foreach (int count in counts)
        {
            atRisk += count;
        }

        double survival = 1.0, reached = 0.0;
        for (int cell = 0; cell < _times.Length && atRisk > 0; cell++)
        {
            int dReached = counts[cell * Kinds], dOther = counts[(cell * Kinds) + 1], censored = counts[(cell * Kinds) + 2];
            if (dReached > 0)
            {
                reached += survival * dReached / atRisk;
                if (reached >= 0.5 - CumulativeIncidenceCurve.Tolerance)
                {
                    return _times[cell];
                }
            }

            survival *= (double)(atRisk - dReached - dOther) / atRisk;
            atRisk -= dReached + dOther + censored;
        }

        return double.PositiveInfinity;
    }
}
