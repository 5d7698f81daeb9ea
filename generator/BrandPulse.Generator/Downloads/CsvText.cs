using System.Text;

namespace BrandPulse.Generator.Downloads;

/// <summary>
/// Writes CSV that is safe to open in a spreadsheet: RFC 4180 quoting, and text cells a spreadsheet would run as a
/// formula (starting with = + - @ or a tab/CR) prefixed with an apostrophe. Numbers are written by the caller.
/// </summary>
public sealed class CsvText
{
    private readonly StringBuilder _sb = new();

    public CsvText Row(params string?[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _sb.Append(',');
            }

            _sb.Append(Quote(cells[i] ?? ""));
        }

        _sb.Append("\r\n");
        return this;
    }

    /// <summary>A text cell, neutralised against formula injection.</summary>
    public static string Text(string value)
    {
        string clean = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '|' or '%'
            ? "'" + value
            : value;
        return clean;
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public override string ToString() => _sb.ToString();

    public byte[] ToBytes() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble()
        .Concat(Encoding.UTF8.GetBytes(_sb.ToString())).ToArray();
}
