namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// One complaint found in a twcs file, as kept until it is stored: a value referring to strings already held (the
/// brand handle, the complainant's id) and codes (answer kind, languages: see <see cref="TwcsTweetTable.Code"/>), turned into a <see cref="Model.ComplaintInput"/> only when read.
/// </summary>
internal struct TwcsComplaintRow
{
    public long Id;
    public long ComplainedAtMs;
    public long FirstAtMs;
    public long SubstantiveAtMs;
    public string Account;
    /// <summary>The complainant's id, or null when it is the number <see cref="AuthorNumber"/>.</summary>
    public string? Author;
    public long AuthorNumber;
    public int Line;
    public byte ResponseKind;
    public byte ComplaintLanguage;
    public byte AnswerLanguage;
    public bool HasFirst;
    public bool HasSubstantive;
}
