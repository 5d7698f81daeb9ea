using System.Text;

namespace BrandPulse.Generator.Publishing;

/// <summary>
/// Takes erased complaints out of a frozen edition's per-complaint download: every record whose <c>reference</c> cell is
/// an erased complaint's code is dropped; every other byte (the byte-order mark, the header, quoting, line ends) is kept
/// as it was. A file without a <c>reference</c> column (an edition published before reference codes) is left as it is.
/// </summary>
public static class EditionErasure
{
    /// <summary>What filtering one file did: the rows dropped per erasure day, and whether the file has codes at all.</summary>
    public sealed record Result(IReadOnlyDictionary<string, int> RemovedByDay, bool HasReferences)
    {
        public int Removed => RemovedByDay.Values.Sum();
    }

    /// <summary>Copies <paramref name="input"/> to <paramref name="output"/> without the rows of erased complaints.</summary>
    /// <param name="erasedOn">Erased complaint codes and the UTC day each was erased.</param>
    public static Result Filter(Stream input, Stream output, IReadOnlyDictionary<string, string> erasedOn)
    {
        var removed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        int column = -1;
        bool header = true;
        foreach (string record in Records(reader))
        {
            if (header)
            {
                header = false;
                column = Array.IndexOf(Cells(record.TrimStart('\uFEFF').TrimEnd('\r', '\n')), "reference");
                writer.Write(record);
                continue;
            }

            string[] cells = column < 0 ? [] : Cells(record.TrimEnd('\r', '\n'));
            if (column >= 0 && column < cells.Length && erasedOn.TryGetValue(cells[column], out string? day))
            {
                removed[day] = removed.GetValueOrDefault(day) + 1;
                continue;
            }

            writer.Write(record);
        }

        writer.Flush();
        return new Result(removed, column >= 0);
    }

    /// <summary>The file's records, each with its line end; a line break inside quotes stays inside its record.</summary>
    private static IEnumerable<string> Records(TextReader reader)
    {
        var record = new StringBuilder();
        bool quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            record.Append((char)c);
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n' && !quoted)
            {
                yield return record.ToString();
                record.Clear();
            }
        }

        if (record.Length > 0)
        {
            yield return record.ToString();
        }
    }

    /// <summary>A record's cells as RFC 4180 reads them (quotes removed, doubled quotes undone).</summary>
    private static string[] Cells(string record)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < record.Length; i++)
        {
            char c = record[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < record.Length && record[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    /// <summary>The edition's erasure note (<c>erasures.csv</c>): the rows taken out per day, old days kept, new ones added.</summary>
    public static byte[] Note(IReadOnlyDictionary<string, int> earlier, IReadOnlyDictionary<string, int> now)
    {
        var days = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach ((string day, int rows) in earlier.Concat(now))
        {
            days[day] = days.GetValueOrDefault(day) + rows;
        }

        var text = new StringBuilder("erased_on,complaint_rows_removed\r\n");
        foreach ((string day, int rows) in days)
        {
            text.Append(day).Append(',').Append(rows.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Reads a published note back (empty when there is none).</summary>
    public static IReadOnlyDictionary<string, int> ReadNote(string path)
    {
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return days;
        }

        foreach (string line in File.ReadAllLines(path).Skip(1))
        {
            string[] parts = line.Split(',');
            if (parts.Length == 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out int rows))
            {
                days[parts[0]] = rows;
            }
        }

        return days;
    }
}
