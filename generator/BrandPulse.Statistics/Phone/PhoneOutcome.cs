namespace BrandPulse.Statistics;

/// <summary>
/// How a call that wanted a person ended. <see cref="ReachedPerson"/> is the event of interest; hanging up,
/// being cut off, never being offered a person and a busy or unanswered line are competing events (a caller
/// who gives up has been failed: an outcome, not a censoring); <see cref="HungUpAfterProtocolWait"/> is a
/// field volunteer hanging up after the campaign's protocol wait: censored for the curve.
/// </summary>
public enum PhoneOutcome
{
    /// <summary>A person answered at the call's time.</summary>
    ReachedPerson,

    /// <summary>The caller hung up before a person answered (competing).</summary>
    Abandoned,

    /// <summary>The line cut the call (competing).</summary>
    CutOff,

    /// <summary>The menu never offered a person (competing).</summary>
    NoPersonOffered,

    /// <summary>The line was busy or nobody picked up: competing, always at t = 0 (the line never connected).</summary>
    BusyNoAnswer,

    /// <summary>A field caller hung up after the protocol's minimum wait: censored at the hang-up.</summary>
    HungUpAfterProtocolWait,
}
