namespace BrandPulse.Data.Import.Text;

/// <summary>
/// One CSV record: where it starts (physical line, 1-based; record number, the header being record 0) and its fields.
/// A field that could not be read (invalid UTF-8, malformed quoting) is null and <see cref="Error"/> says why.
/// <see cref="EndsWithBareCr"/>: the record ended at a carriage return with no line feed after it;
/// <see cref="Rejoined"/>: how many such breaks inside its text were undone (see <see cref="BareCrRejoin"/>).
/// </summary>
public sealed record CsvRecord(long Number, int Line, IReadOnlyList<string?> Fields, CsvFieldError? Error,
    bool EndsWithBareCr = false, int Rejoined = 0);

/// <summary>Why one field of a record could not be read; <see cref="Field"/> is its 0-based position.</summary>
public sealed record CsvFieldError(int Field, string Reason);
