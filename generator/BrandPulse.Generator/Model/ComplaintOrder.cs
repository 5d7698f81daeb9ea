using BrandPulse.Data.Model;

namespace BrandPulse.Generator.Model;

/// <summary>
/// The one order of a brand's complaints: by channel, time, then every other value, and last the public reference code (unique), so the order is total. The statistics resample in it
/// and the downloads list it, so neither depends on the order the database returned rows in.
/// </summary>
public static class ComplaintOrder
{
    public static int Compare(ComplaintRow? a, ComplaintRow? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(a.Channel, b.Channel);
        if (c == 0) { c = a.ComplainedAtMs.CompareTo(b.ComplainedAtMs); }
        if (c == 0) { c = a.WaitSeconds.CompareTo(b.WaitSeconds); }
        if (c == 0) { c = a.Answered.CompareTo(b.Answered); }
        if (c == 0) { c = string.CompareOrdinal(a.ResponseKind, b.ResponseKind); }
        if (c == 0) { c = Nullable.Compare(a.FirstSubstantiveAtMs, b.FirstSubstantiveAtMs); }
        if (c == 0) { c = string.CompareOrdinal(a.Source, b.Source); }
        if (c == 0) { c = string.CompareOrdinal(a.Quality, b.Quality); }
        if (c == 0) { c = a.Illustrative.CompareTo(b.Illustrative); }
        if (c == 0) { c = Nullable.Compare(a.FirstResponseAtMs, b.FirstResponseAtMs); }
        if (c == 0) { c = a.ObservedUntilMs.CompareTo(b.ObservedUntilMs); }
        if (c == 0) { c = string.CompareOrdinal(a.Outcome, b.Outcome); }
        if (c == 0) { c = Nullable.Compare(a.Reference, b.Reference); } // unique: the order is total
        return c;
    }
}
