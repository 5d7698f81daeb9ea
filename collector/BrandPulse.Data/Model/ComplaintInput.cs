namespace BrandPulse.Data.Model;

/// <summary>
/// One complaint as an importer hands it to the store. Either <see cref="AccountHandle"/> (a brand account on the
/// channel, resolved through the registry) or <see cref="BrandName"/> (a brand named by a person) says whose it is.
/// Times are Unix milliseconds, UTC. <see cref="ResponseKind"/> says what the first response was (see
/// <see cref="AnswerKinds"/>); <see cref="FirstSubstantiveAtMs"/> is when the first substantive answer came. The complainant's handle never reaches the store: only its keyed pseudonym.
/// Phone calls carry an <see cref="Outcome"/> (see <see cref="PhoneOutcomes"/>); calls timed by volunteers also carry
/// when they dialled and asked for a person, and every field entry its <see cref="Campaign"/> and the volunteer's keyed
/// <see cref="ContributorPseudonym"/>. Languages are codes of <see cref="Languages"/>.
/// </summary>
public sealed record ComplaintInput(
    string Source,
    string SourceKey,
    string Channel,
    string? AccountHandle,
    string? BrandName,
    long ComplainedAtMs,
    long? FirstResponseAtMs,
    long ObservedUntilMs,
    string? ComplainantPseudonym = null,
    string? ResponseKind = null,
    bool Illustrative = false,
    int Line = 0,
    long? FirstSubstantiveAtMs = null,
    string? Outcome = null,
    long? DialedAtMs = null,
    long? AskedPersonAtMs = null,
    bool? MenuOfferedPerson = null,
    string? ComplaintLanguage = null,
    string? AnswerLanguage = null,
    bool? TrackingCode = null,
    string? Campaign = null,
    string? ContributorPseudonym = null)
{
    /// <summary>Why the complaint is left out of the figures, or null when it is usable.</summary>
    public string? Quality => FirstResponseAtMs is long r && r < ComplainedAtMs ? QualityFlags.NegativeLatency : null;
}

/// <summary>Reasons a stored complaint is kept but left out of the figures.</summary>
public static class QualityFlags
{
    public const string NegativeLatency = "negative_latency";
}
