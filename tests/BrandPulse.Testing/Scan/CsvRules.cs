using System.Globalization;

namespace BrandPulse.Testing.Scan;

/// <summary>
/// CSV downloads: RFC 4180 structure (every record as wide as the header, quotes closed), and no text cell that a
/// spreadsheet would run as a formula: none starts with = + - @ tab or CR unless it is a plain number (a negative
/// number stays a number); neutralised cells start with an apostrophe.
/// </summary>
internal static class CsvRules
{
    public static void Check(string csv, Action<string, string> add)
    {
        List<List<string>>? records = Parse(csv, add);
        if (records is null || records.Count == 0)
        {
            return;
        }

        int width = records[0].Count;
        for (int r = 0; r < records.Count; r++)
        {
            if (records[r].Count != width)
            {
                add("csv-width", $"record {r} has {records[r].Count} fields, the header {width}");
            }

            foreach (string cell in records[r])
            {
                if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
                    && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    add("csv-formula", $"record {r}: cell starts with '{cell[0]}': {TextRules.Around(cell, 0)}");
                }
            }
        }
    }

    private static List<List<string>>? Parse(string csv, Action<string, string> add)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        int i = csv.Length > 0 && csv[0] == '\uFEFF' ? 1 : 0;
        bool quoted = false, any = false;
        for (; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; any = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n': break;
                case '\n' or '\r':
                    record.Add(field.ToString());
                    records.Add(record);
                    record = [];
                    field.Clear();
                    any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }

        if (quoted)
        {
            add("csv-unterminated", "a quoted field is never closed");
            return null;
        }

        if (any || field.Length > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
