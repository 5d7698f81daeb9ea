namespace BrandPulse.Data.Operations;

/// <summary>
/// What to erase: one person, by the pseudonyms their identifiers give (as complainant, as a field volunteer),
/// optionally on one channel only; or single source records. <see cref="Reason"/> is kept in the log.
/// </summary>
public sealed record ErasureRequest(
    IReadOnlyList<string> ComplainantPseudonyms,
    IReadOnlyList<string> ContributorPseudonyms,
    IReadOnlyList<SourceRecord> Records,
    string? Channel,
    string Reason)
{
    public string Kind => Records.Count > 0 ? "record" : "person";
}

/// <summary>A record as its source names it: e.g. source <c>x</c> and a tweet id, or <c>twcs:twcs_kaggle_sample</c> and a row's tweet id.</summary>
public sealed record SourceRecord(string Source, string Key);
