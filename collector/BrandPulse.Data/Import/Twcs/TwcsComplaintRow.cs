namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// One complaint found in a twcs file, as kept until it is stored (56 bytes): numbers and indexes only (the brand
/// account in <see cref="TwcsConversations.Accounts"/>, a complainant id that is not a number in
/// <see cref="TwcsTweetTable.Strings"/>, codes of the answer kind and languages: see <see cref="TwcsTweetTable.Code"/>),
/// turned into a <see cref="Model.ComplaintInput"/> only when read.
/// </summary>
internal struct TwcsComplaintRow
{
    /// <summary>Marks a time that is missing (no first response, no substantive answer).</summary>
    public const long None = long.MinValue;

    public long Id;
    public long ComplainedAtMs;

    /// <summary>The first response's time, or <see cref="None"/>.</summary>
    public long FirstAtMs;

    /// <summary>The first substantive answer's time, or <see cref="None"/>.</summary>
    public long SubstantiveAtMs;

    /// <summary>The complainant's id when <see cref="Author"/> is -1.</summary>
    public long AuthorNumber;

    /// <summary>The complainant's id in <see cref="TwcsTweetTable.Strings"/>, or -1 for <see cref="AuthorNumber"/>.</summary>
    public int Author;
    public int Account;
    public int Line;
    public byte ResponseKind;
    public byte ComplaintLanguage;
    public byte AnswerLanguage;
}
