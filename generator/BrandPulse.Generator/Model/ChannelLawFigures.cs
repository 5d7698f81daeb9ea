using BrandPulse.Statistics;

namespace BrandPulse.Generator.Model;

/// <summary>
/// What a brand's complaints on one channel say about the rules of Spain's customer-service law (Ley 10/2025): an
/// independent measurement, not a legal finding (see <see cref="Computation.LawComputation"/>).
/// </summary>
/// <param name="Phone">The phone rules (phone channel only).</param>
/// <param name="Written">The 15-working-day rule (written channels, and social posts of campaigns).</param>
/// <param name="Volunteers">Distinct volunteers (keyed pseudonyms) whose field data is counted.</param>
/// <param name="Campaigns">Slugs of the field campaigns the figures draw on, in order.</param>
/// <param name="AnsweredInComplaintLanguage">First answers in the complainant's language, where both languages are known.</param>
/// <param name="StartingPoint">Every complaint was made before the law applied (<see cref="Computation.LawComputation.AppliesFrom"/>):
/// the figures are the starting point, never a breach.</param>
public sealed record ChannelLawFigures(
    PhoneLawFigures? Phone,
    WrittenLawFigures? Written,
    int Volunteers,
    IReadOnlyList<string> Campaigns,
    ProportionEstimate AnsweredInComplaintLanguage,
    bool StartingPoint);

/// <summary>
/// The phone figures as the caller sees them: the 3-minute share (and the call-centre convention beside it), the
/// competing-risk median, the verdicts against the 95% mark, the field-call rules and the curve of each outcome.
/// </summary>
/// <param name="ThreeMinutes">Reached a person within 3 minutes, out of every call that wanted one.</param>
/// <param name="Median">Aalen-Johansen median (seconds) with its seeded bootstrap interval.</param>
/// <param name="Verdict">Every call against the 95% mark (<c>law_3min_verdict</c>).</param>
/// <param name="Field">Figures only field calls give (null without field calls).</param>
/// <param name="AskedVerdict">Requests for a person against the 95% mark (null without field calls).</param>
/// <param name="BrokeProtocol">Field calls given up before the protocol's wait: left out.</param>
/// <param name="Outcomes">Calls per stored outcome code (field hang-ups after the wait as hung_up_after_wait).</param>
/// <param name="Curve">Each outcome's cumulative incidence at every call time (the chart and its table).</param>
public sealed record PhoneLawFigures(
    ThreeMinuteShare ThreeMinutes,
    PhoneMedianEstimate Median,
    LawVerdictResult Verdict,
    FieldCallFigures? Field,
    LawVerdictResult? AskedVerdict,
    int BrokeProtocol,
    IReadOnlyDictionary<string, int> Outcomes,
    IReadOnlyList<IncidencePoint> Curve);

/// <summary>One step of the phone curve: seconds from connection, and the share of all calls that had ended each way by then.</summary>
public sealed record IncidencePoint(double Seconds, double ReachedPerson, double Abandoned, double CutOff, double NoPersonOffered, double BusyNoAnswer);

/// <summary>
/// The 15-working-day rule for written complaints.
/// </summary>
/// <param name="Figures">The Kaplan-Meier share on the working-day clock, with counts on time, late and open.</param>
/// <param name="NoCalendar">Complaints left out because their deadline falls in a year (or region) the holiday calendar lacks.</param>
/// <param name="Regions">The calendar regions counted (ES-MD unless a campaign names another).</param>
public sealed record WrittenLawFigures(WrittenComplaintFigures Figures, int NoCalendar, IReadOnlyList<string> Regions);
