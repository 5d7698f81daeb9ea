using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Tests.Text;

/// <summary>
/// The byte-at-a-time reader that <see cref="CsvRecordReader"/> replaced, kept as the oracle of the differential tests:
/// a small RFC 4180 reader over bytes that keeps physical line numbers exact, for inputs re-saved by Python, pandas or
/// Excel: a UTF-8 byte-order mark is skipped; rows end with CRLF, LF or a lone CR (each counts as one line); inside a
/// quoted field CR, LF and CRLF are text and a lone CR does not count as a line (lines are counted as <c>grep -n</c>
/// and <c>sed</c> count them). Fields are decoded as strict UTF-8: a field with invalid bytes is reported, never
/// replaced by U+FFFD. Malformed quoting is reported on the record instead of thrown. Blank lines are skipped.
/// </summary>
internal sealed class ReferenceCsvReader(Stream stream, byte delimiter = (byte)',', string inputName = "input")
{
    private const byte Quote = (byte)'"';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly MemoryStream _field = new();
    private int _length;
    private int _position;
    private int _line = 1;
    private long _number = -1;
    private bool _started;

    /// <summary>The records of the input, header first (record 0).</summary>
    public IEnumerable<CsvRecord> Records()
    {
        SkipByteOrderMark();
        while (ReadRecord() is { } record)
        {
            yield return record;
        }
    }

    private CsvRecord? ReadRecord()
    {
        while (true)
        {
            int first = Peek();
            if (first < 0)
            {
                return null;
            }

            if (first is Cr or Lf)
            {
                EndOfRow(); // a blank line
                continue;
            }

            break;
        }

        int startLine = _line;
        var fields = new List<string?>();
        CsvFieldError? error = null;
        while (true)
        {
            string? reason = ReadField();
            if (StrictUtf8.TryDecode(_field.GetBuffer().AsSpan(0, (int)_field.Length), out int bad) is { } text && reason is null)
            {
                fields.Add(text);
            }
            else
            {
                fields.Add(null);
                error ??= new CsvFieldError(fields.Count - 1, reason ?? $"invalid UTF-8 at byte {bad} of the field");
            }

            int next = Peek();
            if (next == delimiter)
            {
                Next();
                continue;
            }

            if (next >= 0)
            {
                EndOfRow();
            }

            return new CsvRecord(++_number, startLine, fields, error);
        }
    }

    /// <summary>Reads one field into <see cref="_field"/>; returns why it is malformed, or null.</summary>
    private string? ReadField()
    {
        _field.SetLength(0);
        string? problem = null;
        if (Peek() != Quote)
        {
            return ReadUnquoted(ref problem);
        }

        Next();
        while (true)
        {
            int b = Next();
            if (b < 0)
            {
                return "unterminated quoted field (the file ends inside it)";
            }

            if (b == Quote)
            {
                if (Peek() == Quote)
                {
                    Next();
                    _field.WriteByte(Quote);
                    continue;
                }

                int after = Peek();
                if (after < 0 || after == delimiter || after is Cr or Lf)
                {
                    return problem;
                }

                problem ??= "text after a closing quote";
                return ReadUnquoted(ref problem);
            }

            if (b == Lf)
            {
                _line++;
            }

            _field.WriteByte((byte)b);
        }
    }

    private string? ReadUnquoted(ref string? problem)
    {
        while (true)
        {
            int b = Peek();
            if (b < 0 || b == delimiter || b is Cr or Lf)
            {
                return problem;
            }

            if (b == Quote)
            {
                problem ??= "a quote inside an unquoted field";
            }

            _field.WriteByte((byte)Next());
        }
    }

    private void EndOfRow()
    {
        if (Next() == Cr && Peek() == Lf)
        {
            Next();
        }

        _line++;
    }

    private void SkipByteOrderMark()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        Fill();
        if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _position = 3;
        }
        else if (_length >= 2 && ((_buffer[0] == 0xFF && _buffer[1] == 0xFE) || (_buffer[0] == 0xFE && _buffer[1] == 0xFF)))
        {
            throw new ImportFormatException(inputName, 1,
                "the file is UTF-16 (as Excel saves \"Unicode text\"): save it as \"CSV UTF-8\" and import that");
        }
    }

    private int Peek()
    {
        if (_position >= _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position];
    }

    private int Next()
    {
        int b = Peek();
        if (b >= 0)
        {
            _position++;
        }

        return b;
    }

    private bool Fill()
    {
        // Keep a BOM check possible: read until at least 3 bytes or the end.
        _length = 0;
        _position = 0;
        int read;
        while (_length < 3 && (read = stream.Read(_buffer, _length, _buffer.Length - _length)) > 0)
        {
            _length += read;
        }

        return _length > 0;
    }
}
