namespace BrandPulse.Statistics;

/// <summary>
/// The phone's 3-minute figures (<see cref="Of"/>).
/// </summary>
/// <param name="Share">Reached a person within the limit, out of every call whose outcome at the limit is known
/// (Wilson 95%): the published <c>reached_human_within_3min</c>.</param>
/// <param name="CallCentreConvention">Reached within the limit, out of the calls minus the callers who hung up
/// (<see cref="PhoneOutcome.Abandoned"/>) inside the limit (at t &lt;= limit, as a person reached at the limit counts as
/// within it): what call centres usually publish. Shown beside
/// <see cref="Share"/>, never instead of it.</param>
/// <param name="AbandonedBeforeLimit">Callers who hung up inside the limit, at t &lt;= limit (left out by the convention).</param>
/// <param name="Undetermined">Calls censored before the limit (a field call ended before the protocol's wait):
/// their outcome at the limit is unknown, so they are left out of both figures and reported here.</param>
public sealed record ThreeMinuteShare(
    ProportionEstimate Share,
    ProportionEstimate CallCentreConvention,
    int AbandonedBeforeLimit,
    int Undetermined)
{
    /// <summary>The law's limit: three minutes.</summary>
    public const double LimitSeconds = 180.0;

    /// <summary>
    /// Success: reached a person at t &lt;= limit. Failure: reached later, any competing outcome (giving up,
    /// cut off, no person offered, busy), or hung up after the protocol wait at t &gt;= limit.
    /// A call censored before the limit is <see cref="Undetermined"/>.
    /// </summary>
    public static ThreeMinuteShare Of(IReadOnlyList<PhoneCall> calls, double limitSeconds = LimitSeconds)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (!(limitSeconds >= 0) || !double.IsFinite(limitSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(limitSeconds), limitSeconds, "The limit must be a finite, non-negative number of seconds.");
        }

        int reached = 0, known = 0, abandonedEarly = 0, undetermined = 0;
        foreach (PhoneCall raw in calls)
        {
            PhoneCall call = PhoneCall.Validated(raw);
            double t = call.Time;
            if (call.Outcome == PhoneOutcome.HungUpAfterProtocolWait && t < limitSeconds)
            {
                undetermined++;
                continue;
            }

            known++;
            if (call.Outcome == PhoneOutcome.ReachedPerson && t <= limitSeconds)
            {
                reached++;
            }
            else if (call.Outcome == PhoneOutcome.Abandoned && t <= limitSeconds)
            {
                abandonedEarly++;
            }
        }

        return new ThreeMinuteShare(
            ProportionEstimate.Of(reached, known),
            ProportionEstimate.Of(reached, known - abandonedEarly),
            abandonedEarly,
            undetermined);
    }
}
