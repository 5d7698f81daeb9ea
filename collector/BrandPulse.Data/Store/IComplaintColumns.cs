namespace BrandPulse.Data.Store;

/// <summary>
/// The columns of the snapshot's complaint query, row by row (<see cref="SnapshotReader"/>): read through ADO.NET
/// (<see cref="DataReaderColumns"/>) or, on SQLite, through SQLite's own API (<see cref="SqliteColumns"/>). Text is
/// returned interned: one string per distinct value, so a million rows hold a handful of channel names.
/// </summary>
internal interface IComplaintColumns
{
    /// <summary>Moves to the next row; false after the last.</summary>
    bool Read();

    bool IsNull(int column);

    long Int64(int column);

    /// <summary>The column's text, the same string instance for equal values.</summary>
    string Text(int column);

    /// <summary>A reference code's 60 bits (<see cref="Registry.ComplaintReference.Parse(ReadOnlySpan{char})"/>).</summary>
    long Reference(int column);
}
