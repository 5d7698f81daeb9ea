namespace BrandPulse.Data.Model;

/// <summary>
/// A stored complaint as the generator reads it: no handles, no texts, no source keys. Phone rows carry their
/// <see cref="Outcome"/> (<see cref="PhoneOutcomes"/>): <see cref="ComplainedAtMs"/> is when the line connected,
/// <see cref="FirstResponseAtMs"/> when a person answered (null if never), <see cref="ObservedUntilMs"/> when the call
/// ended; a busy or unanswered line has its dialling time as <see cref="ComplainedAtMs"/>. Field data carries its
/// campaign slug and the volunteer's keyed pseudonym. <see cref="Reference"/> holds the public reference code's 60 bits
/// (<see cref="Registry.ComplaintReference.Format"/> writes it; 8 bytes a row rather than a string).
/// </summary>
public sealed record ComplaintRow(
    long BrandId,
    string Channel,
    string Source,
    long ComplainedAtMs,
    long? FirstResponseAtMs,
    long ObservedUntilMs,
    string? ResponseKind,
    string? Quality,
    bool Illustrative,
    long? FirstSubstantiveAtMs = null,
    string? Outcome = null,
    long? DialedAtMs = null,
    long? AskedPersonAtMs = null,
    bool? MenuOfferedPerson = null,
    string? ComplaintLanguage = null,
    string? AnswerLanguage = null,
    bool? TrackingCode = null,
    string? Campaign = null,
    string? ContributorPseudonym = null,
    long? Reference = null)
{
    public bool Answered => FirstResponseAtMs is not null;

    /// <summary>
    /// Whole seconds to the first response, or observed without one (right-censored): the unit every figure is
    /// computed in, published as <c>seconds_waited</c> in the per-complaint download so anyone can recompute them.
    /// </summary>
    public long WaitSeconds => (long)Math.Round(((FirstResponseAtMs ?? ObservedUntilMs) - ComplainedAtMs) / 1000.0, MidpointRounding.AwayFromZero);

    /// <summary><see cref="WaitSeconds"/> in minutes.</summary>
    public double WaitMinutes => WaitSeconds / 60.0;
}
