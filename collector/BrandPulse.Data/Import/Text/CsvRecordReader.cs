using System.Buffers;

namespace BrandPulse.Data.Import.Text;

/// <summary>
/// A small RFC 4180 reader over bytes that keeps physical line numbers exact, for inputs re-saved by Python, pandas or
/// Excel: a UTF-8 byte-order mark is skipped; rows end with CRLF, LF or a lone CR (each counts as one line); inside a
/// quoted field CR, LF and CRLF are text and a lone CR does not count as a line (lines are counted as <c>grep -n</c>
/// and <c>sed</c> count them). Fields are decoded as strict UTF-8: a field with invalid bytes is reported, never
/// replaced by U+FFFD. Malformed quoting is reported on the record instead of thrown. Blank lines are skipped.
/// <para>
/// Fields are found with vectorised searches over a read buffer: a field that lies in one buffer is decoded straight
/// from it; one that spans a refill, or holds doubled quotes, is gathered in a scratch buffer first. Either way the
/// field's bytes are validated as a whole, so invalid UTF-8 split across two reads is still reported.
/// </para>
/// </summary>
public sealed class CsvRecordReader
{
    private const byte Quote = (byte)'"';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private const int DefaultBufferSize = 64 * 1024;

    private static readonly SearchValues<byte> s_quotedStops = SearchValues.Create([Quote, Lf]);

    private readonly Stream _stream;
    private readonly byte _delimiter;
    private readonly string _inputName;
    private readonly SearchValues<byte> _unquotedStops;
    private readonly byte[] _buffer;
    private byte[] _scratch = new byte[256];
    private int _scratchLength;
    private int _viewStart = -1; // the field so far, when it is one run of _buffer: [_viewStart, _viewStart + _viewLength)
    private int _viewLength;
    private int _length;
    private int _position;
    private int _line = 1;
    private long _number = -1;
    private int _lastFieldCount = 8;
    private bool _started;

    public CsvRecordReader(Stream stream, byte delimiter = (byte)',', string inputName = "input")
        : this(stream, delimiter, inputName, DefaultBufferSize)
    {
    }

    /// <summary>With a chosen read buffer size (at least 3 bytes, for the byte-order mark); small sizes are for tests.</summary>
    internal CsvRecordReader(Stream stream, byte delimiter, string inputName, int bufferSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 3);
        _stream = stream;
        _delimiter = delimiter;
        _inputName = inputName;
        _buffer = new byte[bufferSize];
        _unquotedStops = SearchValues.Create([delimiter, Quote, Cr, Lf]);
    }

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
        var fields = new List<string?>(_lastFieldCount);
        CsvFieldError? error = null;
        while (true)
        {
            string? reason = ReadField();
            if (StrictUtf8.TryDecode(Field(), out int bad) is { } text && reason is null)
            {
                fields.Add(text);
            }
            else
            {
                fields.Add(null);
                error ??= new CsvFieldError(fields.Count - 1, reason ?? $"invalid UTF-8 at byte {bad} of the field");
            }

            ClearField();
            int next = Peek();
            if (next == _delimiter)
            {
                _position++;
                continue;
            }

            bool bareCr = next >= 0 && EndOfRow();
            _lastFieldCount = fields.Count;
            return new CsvRecord(++_number, startLine, fields, error, bareCr);
        }
    }

    /// <summary>Reads one field (see <see cref="Field"/>); returns why it is malformed, or null.</summary>
    private string? ReadField()
    {
        string? problem = null;
        if (Peek() != Quote)
        {
            return ReadUnquoted(ref problem);
        }

        _position++;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                return "unterminated quoted field (the file ends inside it)";
            }

            ReadOnlySpan<byte> rest = _buffer.AsSpan(_position, _length - _position);
            int stop = rest.IndexOfAny(s_quotedStops);
            if (stop < 0)
            {
                Append(_position, rest.Length);
                _position = _length;
                continue;
            }

            if (rest[stop] == Lf)
            {
                _line++;
                Append(_position, stop + 1);
                _position += stop + 1;
                continue;
            }

            Append(_position, stop);
            _position += stop + 1; // past the quote
            int after = Peek();
            if (after == Quote)
            {
                _position++;
                AppendByte(Quote);
                continue;
            }

            if (after < 0 || after == _delimiter || after is Cr or Lf)
            {
                return problem;
            }

            problem ??= "text after a closing quote";
            return ReadUnquoted(ref problem);
        }
    }

    private string? ReadUnquoted(ref string? problem)
    {
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                return problem;
            }

            ReadOnlySpan<byte> rest = _buffer.AsSpan(_position, _length - _position);
            int stop = rest.IndexOfAny(_unquotedStops);
            if (stop < 0)
            {
                Append(_position, rest.Length);
                _position = _length;
                continue;
            }

            Append(_position, stop);
            _position += stop;
            if (rest[stop] != Quote)
            {
                return problem;
            }

            problem ??= "a quote inside an unquoted field";
            Append(_position, 1);
            _position++;
        }
    }

    /// <summary>The bytes of the field read so far.</summary>
    private ReadOnlySpan<byte> Field() =>
        _viewStart >= 0 ? _buffer.AsSpan(_viewStart, _viewLength) : _scratch.AsSpan(0, _scratchLength);

    private void ClearField()
    {
        _viewStart = -1;
        _viewLength = 0;
        _scratchLength = 0;
    }

    /// <summary>Adds <c>_buffer[start..start+count]</c> to the field, as a view while the field is one run of the buffer.</summary>
    private void Append(int start, int count)
    {
        if (count == 0)
        {
            return;
        }

        if (_scratchLength == 0 && _viewStart < 0)
        {
            _viewStart = start;
            _viewLength = count;
            return;
        }

        if (_viewStart >= 0 && _viewStart + _viewLength == start)
        {
            _viewLength += count;
            return;
        }

        Materialise();
        AppendToScratch(_buffer.AsSpan(start, count));
    }

    private void AppendByte(byte b)
    {
        Materialise();
        AppendToScratch([b]);
    }

    /// <summary>Moves a field held as a view of the buffer into the scratch buffer (before a refill or a gap).</summary>
    private void Materialise()
    {
        if (_viewStart < 0)
        {
            return;
        }

        ReadOnlySpan<byte> view = _buffer.AsSpan(_viewStart, _viewLength);
        _viewStart = -1;
        _viewLength = 0;
        AppendToScratch(view);
    }

    private void AppendToScratch(ReadOnlySpan<byte> bytes)
    {
        if (_scratchLength + bytes.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + bytes.Length));
        }

        bytes.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += bytes.Length;
    }

    /// <summary>Moves past a row end; true when it was a carriage return alone.</summary>
    private bool EndOfRow()
    {
        bool bareCr = false;
        if (Next() == Cr)
        {
            if (Peek() == Lf)
            {
                _position++;
            }
            else
            {
                bareCr = true;
            }
        }

        _line++;
        return bareCr;
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
            throw new ImportFormatException(_inputName, 1,
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
        Materialise(); // the buffer is about to be overwritten
        // Keep a BOM check possible: read until at least 3 bytes or the end.
        _length = 0;
        _position = 0;
        int read;
        while (_length < 3 && (read = _stream.Read(_buffer, _length, _buffer.Length - _length)) > 0)
        {
            _length += read;
        }

        return _length > 0;
    }
}
