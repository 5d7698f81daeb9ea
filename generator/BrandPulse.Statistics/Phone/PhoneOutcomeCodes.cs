namespace BrandPulse.Statistics;

/// <summary>
/// The stored outcome codes of phone complaints (schema v4 <c>complaint.outcome</c>) and how a call becomes a
/// <see cref="PhoneCall"/>, for real logs and for field campaigns.
/// </summary>
public static class PhoneOutcomeCodes
{
    /// <summary>
    /// reached_person, abandoned, cut_off, no_person_offered, busy_no_answer -> the outcome; anything else is refused
    /// with the code in the message.
    /// </summary>
    public static PhoneOutcome Parse(string code) => code switch
    {
        "reached_person" => PhoneOutcome.ReachedPerson,
        "abandoned" => PhoneOutcome.Abandoned,
        "cut_off" => PhoneOutcome.CutOff,
        "no_person_offered" => PhoneOutcome.NoPersonOffered,
        "busy_no_answer" => PhoneOutcome.BusyNoAnswer,
        _ => throw new FormatException(
            $"Unknown phone outcome '{code}': expected reached_person, abandoned, cut_off, no_person_offered or busy_no_answer."),
    };

    /// <summary>
    /// A field-campaign call: a hang-up (stored as abandoned) after at least <paramref name="minWaitSeconds"/> is
    /// censored (<see cref="PhoneOutcome.HungUpAfterProtocolWait"/>); one before it broke the protocol and gives
    /// null (left out and reported by the caller). Other outcomes are as in <see cref="Parse"/>.
    /// </summary>
    public static PhoneCall? ForFieldCall(string code, double seconds, double minWaitSeconds)
    {
        PhoneOutcome outcome = Parse(code);
        if (outcome != PhoneOutcome.Abandoned)
        {
            return new PhoneCall(seconds, outcome);
        }

        return seconds >= minWaitSeconds ? new PhoneCall(seconds, PhoneOutcome.HungUpAfterProtocolWait) : null;
    }
}
