namespace BrandPulse.Data.Import.Text;

/// <summary>
/// Undoes rows split by a bare carriage return inside unquoted text. Python's csv module, and so pandas, writes a
/// text holding a lone CR without quotes when its rows end in LF, and a CSV reader (ours included: a lone CR ends a
/// row in old Mac files) then sees two short rows. A record that ended at a bare CR with fewer fields than the header
/// is joined with the next one, its last field and the next one's first field joined by the CR, as long as the result
/// has no more fields than the header. Later records are renumbered, and their lines counted as <c>grep -n</c> does
/// (a lone CR inside text is no line, as inside quotes).
/// </summary>
public static class BareCrRejoin
{
    /// <summary>The records, header first, with split rows rejoined (<see cref="CsvRecord.Rejoined"/> counts the joins).</summary>
    public static IEnumerable<CsvRecord> Records(IEnumerable<CsvRecord> records)
    {
        int expected = -1;
        long joins = 0;
        CsvRecord? current = null;
        foreach (CsvRecord next in records)
        {
            CsvRecord r = joins == 0 ? next : next with { Number = next.Number - joins, Line = next.Line - (int)joins };
            if (expected < 0)
            {
                expected = r.Fields.Count;
                yield return r;
                continue;
            }

            if (current is { EndsWithBareCr: true } && current.Fields.Count < expected
                && current.Fields.Count + r.Fields.Count - 1 <= expected)
            {
                current = Join(current, r);
                joins++;
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = r;
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static CsvRecord Join(CsvRecord first, CsvRecord second)
    {
        string?[] fields = [.. first.Fields.Take(first.Fields.Count - 1),
            first.Fields[^1] is { } end && second.Fields[0] is { } start ? end + "\r" + start : null,
            .. second.Fields.Skip(1)];
        CsvFieldError? error = first.Error
            ?? (second.Error is { } e ? e with { Field = e.Field + first.Fields.Count - 1 } : null)
            ?? (fields[first.Fields.Count - 1] is null ? new CsvFieldError(first.Fields.Count - 1, "unreadable text around a carriage return") : null);
        return new CsvRecord(first.Number, first.Line, fields, error, second.EndsWithBareCr, first.Rejoined + second.Rejoined + 1);
    }
}
