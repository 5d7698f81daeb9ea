using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Import.Spreadsheet;

/// <summary>
/// A delimited file whose first record names its columns: the delimiter sniffed from the header line, columns found by
/// name (case and surrounding whitespace ignored). Records keep their physical line numbers.
/// </summary>
public sealed class HeaderedCsv : IDisposable
{
    /// <summary>How much of a file read as a stream is looked at first: for the delimiter (the header line) and whether it is blank.</summary>
    public const int HeadBytes = 1 << 20;

    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly IEnumerator<CsvRecord> _records;
    private readonly List<ImportIssue> _rejoins = [];
    private readonly Stream _stream;

    public HeaderedCsv(byte[] bytes, string file)
        : this(new MemoryStream(bytes, writable: false), bytes, file)
    {
    }

    /// <summary>
    /// The file read from <paramref name="stream"/> a buffer at a time (a file of millions of rows is never held whole);
    /// <paramref name="head"/> is its beginning, where the header line is (<see cref="HeadBytes"/>). Disposing closes the stream.
    /// </summary>
    public HeaderedCsv(Stream stream, ReadOnlySpan<byte> head, string file)
    {
        File = file;
        _stream = stream;
        _records = BareCrRejoin.Records(new CsvRecordReader(stream, DelimiterSniffer.Detect(head, file), file).Records())
            .GetEnumerator();
        if (!_records.MoveNext())
        {
            throw new ImportFormatException(file, 1, "the file is empty: no header line");
        }

        CsvRecord header = _records.Current;
        if (header.Error is { } error)
        {
            throw new ImportFormatException(file, header.Line, $"unreadable header: {error.Reason}");
        }

        Names = [.. header.Fields.Select(f => (f ?? "").Trim())];
        for (int i = 0; i < Names.Count; i++)
        {
            if (Names[i].Length > 0 && !_columns.TryAdd(Names[i], i))
            {
                throw new ImportFormatException(file, header.Line, $"column {Names[i]} appears twice");
            }
        }
    }

    public string File { get; }

    /// <summary>The header's column names, trimmed.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The position of column <paramref name="name"/>, or null.</summary>
    public int? Column(string name) => _columns.TryGetValue(name.Trim(), out int i) ? i : null;

    /// <summary>Throws when a column is missing, naming every missing one and the columns found.</summary>
    public void Require(IEnumerable<string> names, string expected)
    {
        string[] missing = [.. names.Where(n => Column(n) is null)];
        if (missing.Length > 0)
        {
            string found = string.Join(",", Names);
            throw new ImportFormatException(File, 1,
                $"missing column {string.Join(", ", missing)} (expected {expected}; found {(found.Length <= 120 ? found : found[..120] + "…")})");
        }
    }

    /// <summary>
    /// Opens the file at <paramref name="path"/> as a stream, or returns null when it is blank (<see cref="IsBlank"/>).
    /// </summary>
    public static HeaderedCsv? OpenFile(string path, string file)
    {
        FileStream stream = System.IO.File.OpenRead(path);
        try
        {
            byte[] head = new byte[(int)Math.Min(HeadBytes, stream.Length)];
            stream.ReadExactly(head);
            if (IsBlank(head) && (head.Length == stream.Length || IsBlank(System.IO.File.ReadAllBytes(path))))
            {
                stream.Dispose();
                return null;
            }

            stream.Position = 0;
            return new HeaderedCsv(stream, head, file);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _records.Dispose();
        _stream.Dispose();
    }

    /// <summary>Whether the file holds nothing but a byte-order mark and whitespace (so not even a header).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes) =>
        (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes).TrimStart(" \t\r\n"u8).IsEmpty;

    /// <summary>What an importer returns for a blank file: nothing, with a warning saying so.</summary>
    public static ParsedInput Empty(string source, string file) =>
        new(source, file, [], [new ImportIssue(IssueKind.Warning, file, 1, null, "the file is empty: nothing to import")],
            new Dictionary<string, long> { ["rows"] = 0 });

    /// <summary>
    /// The data records after the header; a row split by a bare carriage return inside unquoted text (as pandas writes
    /// it) comes rejoined, and is reported in <see cref="Rejoins"/>.
    /// </summary>
    public IEnumerable<CsvRecord> Rows()
    {
        while (_records.MoveNext())
        {
            CsvRecord r = _records.Current;
            if (r.Rejoined > 0)
            {
                _rejoins.Add(new ImportIssue(IssueKind.Warning, File, r.Line, null,
                    $"the row was split by {(r.Rejoined == 1 ? "a bare carriage return" : $"{r.Rejoined} bare carriage returns")} "
                    + "inside unquoted text (as pandas writes it): rejoined", r.Number));
            }

            yield return r;
        }
    }

    /// <summary>Warnings for the rows read so far that were rejoined (see <see cref="Rows"/>).</summary>
    public IReadOnlyList<ImportIssue> Rejoins => _rejoins;

    /// <summary>Why a record cannot be read as a row of this file (bad bytes or quoting, wrong field count), or null.</summary>
    public ImportIssue? Unreadable(CsvRecord r) =>
        r.Error is { } error ? new ImportIssue(IssueKind.Rejected, File, r.Line, NameOf(error.Field), error.Reason, r.Number)
        : r.Fields.Count != Names.Count
            ? new ImportIssue(IssueKind.Rejected, File, r.Line, null, $"expected {Names.Count} fields, found {r.Fields.Count}", r.Number)
            : null;

    /// <summary>The name of the column at <paramref name="index"/>, for issues.</summary>
    public string NameOf(int index) => index < Names.Count && Names[index].Length > 0 ? Names[index] : $"column {index + 1}";
}
