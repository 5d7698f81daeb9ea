namespace BrandPulse.Statistics;

/// <summary>
/// The field-call figures of the Ley 10/2025 scoreboard. Each <see cref="ProportionEstimate"/> counts calls that
/// respected the rule as successes, so its <see cref="ProportionEstimate.Failures"/> are the breaches; calls
/// where the item was not recorded are left out of that figure.
/// </summary>
/// <param name="AskedToPerson">3-minute share on the clock that starts when the caller asked for a person
/// (calls that recorded when they asked).</param>
/// <param name="AskedToPersonMedian">Median seconds from asking for a person to reaching one (Aalen-Johansen, bootstrap interval).</param>
/// <param name="MenuOfferedPerson">Calls whose main menu offered a person.</param>
/// <param name="NotCutOff">Calls the line did not cut (failures = cut calls).</param>
/// <param name="ServedInLanguageAsked">Calls that reached a person and were served in the language asked.</param>
/// <param name="TrackingCodeGiven">Calls where a tracking code was given.</param>
public sealed record FieldCallFigures(
    ThreeMinuteShare AskedToPerson,
    PhoneMedianEstimate AskedToPersonMedian,
    ProportionEstimate MenuOfferedPerson,
    ProportionEstimate NotCutOff,
    ProportionEstimate ServedInLanguageAsked,
    ProportionEstimate TrackingCodeGiven)
{
    /// <summary>Computes every figure; the median's bootstrap uses (<paramref name="seed"/>, <paramref name="key"/>) as <see cref="PhoneMedianEstimate.Of"/>.</summary>
    public static FieldCallFigures Of(IReadOnlyList<FieldCall> calls, int replicates, ulong seed, string key)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var fromAsking = new List<PhoneCall>();
        int menuYes = 0, menuKnown = 0, notCut = 0, languageSame = 0, languageKnown = 0, codeYes = 0, codeKnown = 0;
        foreach (FieldCall field in calls)
        {
            PhoneCall call = PhoneCall.Validated(field.Call);
            if (field.AskedPersonSeconds is double asked && call.Outcome != PhoneOutcome.BusyNoAnswer)
            {
                if (!double.IsFinite(asked) || asked < 0 || asked > call.Time)
                {
                    throw new ArgumentException(
                        $"Asked-for-a-person time {asked.ToString(System.Globalization.CultureInfo.InvariantCulture)} s must lie between 0 and the call's end ({call.Time.ToString(System.Globalization.CultureInfo.InvariantCulture)} s).",
                        nameof(calls));
                }

                fromAsking.Add(call with { Seconds = call.Time - asked });
            }

            if (field.MenuOfferedPerson is bool menu)
            {
                menuKnown++;
                menuYes += menu ? 1 : 0;
            }

            notCut += call.Outcome == PhoneOutcome.CutOff ? 0 : 1;
            if (call.Outcome == PhoneOutcome.ReachedPerson && field.LanguageAsked is string askedIn && field.LanguageServed is string servedIn)
            {
                languageKnown++;
                languageSame += string.Equals(askedIn, servedIn, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }

            if (field.TrackingCode is bool code)
            {
                codeKnown++;
                codeYes += code ? 1 : 0;
            }
        }

        return new FieldCallFigures(
            ThreeMinuteShare.Of(fromAsking),
            PhoneMedianEstimate.Of(fromAsking, replicates, seed, key),
            ProportionEstimate.Of(menuYes, menuKnown),
            ProportionEstimate.Of(notCut, calls.Count),
            ProportionEstimate.Of(languageSame, languageKnown),
            ProportionEstimate.Of(codeYes, codeKnown));
    }
}
