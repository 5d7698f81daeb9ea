namespace BrandPulse.Statistics;

/// <summary>
/// One distinct call time of the Aalen-Johansen fit: the counts at that time and each outcome's cumulative
/// incidence just after it (the chart's step points). All events at a time are counted before the censorings
/// at that time.
/// </summary>
/// <param name="Seconds">The time, in seconds from connection.</param>
/// <param name="AtRisk">Calls still waiting just before this time.</param>
/// <param name="ReachedPerson">Calls that reached a person at exactly this time.</param>
/// <param name="Abandoned">Callers who hung up at this time.</param>
/// <param name="CutOff">Calls cut by the line at this time.</param>
/// <param name="NoPersonOffered">Calls that ended with no person offered at this time.</param>
/// <param name="BusyNoAnswer">Busy or unanswered lines (always at 0 s).</param>
/// <param name="Censored">Field calls hung up after the protocol wait at this time.</param>
/// <param name="AllCauseSurvival">S(t): the all-cause Kaplan-Meier share still waiting just after this time.</param>
/// <param name="ReachedPersonIncidence">F(t): the share of all calls that had reached a person by this time.</param>
/// <param name="AbandonedIncidence">Cumulative incidence of hanging up.</param>
/// <param name="CutOffIncidence">Cumulative incidence of being cut off.</param>
/// <param name="NoPersonOfferedIncidence">Cumulative incidence of never being offered a person.</param>
/// <param name="BusyNoAnswerIncidence">Cumulative incidence of a busy or unanswered line.</param>
public sealed record CumulativeIncidenceStep(
    double Seconds,
    int AtRisk,
    int ReachedPerson,
    int Abandoned,
    int CutOff,
    int NoPersonOffered,
    int BusyNoAnswer,
    int Censored,
    double AllCauseSurvival,
    double ReachedPersonIncidence,
    double AbandonedIncidence,
    double CutOffIncidence,
    double NoPersonOfferedIncidence,
    double BusyNoAnswerIncidence)
{
    /// <summary>The cumulative incidence of <paramref name="outcome"/> (a competing outcome or reaching a person).</summary>
    public double IncidenceOf(PhoneOutcome outcome) => outcome switch
    {
        PhoneOutcome.ReachedPerson => ReachedPersonIncidence,
        PhoneOutcome.Abandoned => AbandonedIncidence,
        PhoneOutcome.CutOff => CutOffIncidence,
        PhoneOutcome.NoPersonOffered => NoPersonOfferedIncidence,
        PhoneOutcome.BusyNoAnswer => BusyNoAnswerIncidence,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A censoring has no cumulative incidence."),
    };
}
