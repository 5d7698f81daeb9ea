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

    /// <summary>The cell as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, quote or line break.</summary>
    public static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public override string ToString() => _sb.ToString();

    /// <summary>UTF-8 with a byte-order mark (so spreadsheets read accents right), encoded in one pass.</summary>
    public byte[] ToBytes()
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        int length = 0;
        Encoder counter = Encoding.UTF8.GetEncoder(); // an encoder, so a surrogate pair split across chunks counts once
        foreach (ReadOnlyMemory<char> chunk in _sb.GetChunks())
        {
            length += counter.GetByteCount(chunk.Span, flush: false);
        }

        length += counter.GetByteCount([], flush: true);

        byte[] bytes = new byte[bom.Length + length];
        bom.CopyTo(bytes);
        Encoder encoder = Encoding.UTF8.GetEncoder();
        int at = bom.Length;
        foreach (ReadOnlyMemory<char> chunk in _sb.GetChunks())
        {
            at += encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(at), flush: true);
        return bytes;
    }
}
