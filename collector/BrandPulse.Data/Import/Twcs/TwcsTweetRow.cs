namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// What linking keeps of one tweet, as a value in <see cref="TwcsTweetTable"/> (no object, no text): its id, time,
/// parent, position in the file, and indexes into the table's pools for its author, reply ids and mentions; for a
/// brand's reply and a conversation start, the codes of its answer kind and language once classified.
/// </summary>
internal struct TwcsTweetRow
{
    public long Id;
    public long CreatedAtMs;
    public long InResponseTo;
    public int Line;

    /// <summary>The record number (a file of more than 2^31 records could not be held anyway).</summary>
    public int Record;

    /// <summary>
    /// Index of the author in <see cref="TwcsTweetTable.Strings"/>: brand accounts and conversation starters only, else
    /// -1; -2 for a conversation start whose author id is a number, kept in <see cref="InResponseTo"/>.
    /// </summary>
    public int Author;
    /// <summary>Where its reply ids start in the table's pool (they end where the next row's start).</summary>
    public int ResponsesStart;
    /// <summary>Where its mentions start in the table's pool (they end where the next row's start).</summary>
    public int MentionsStart;
    public bool Inbound;
    public bool HasParent;
    public byte AnswerKind;
    public byte Language;
}
