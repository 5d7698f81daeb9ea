namespace BrandPulse.Statistics;

/// <summary>
/// A count-based share: <paramref name="Successes"/> out of <paramref name="Trials"/> with its Wilson 95% interval
/// (<see cref="ShareEstimate"/>, unknown for zero trials), and <see cref="Failures"/> for rules published as
/// "share and count of failures".
/// </summary>
public sealed record ProportionEstimate(int Successes, int Trials, ShareEstimate Share)
{
    /// <summary>Trials that were not successes.</summary>
    public int Failures => Trials - Successes;

    /// <summary>Wilson 95% interval for <paramref name="successes"/> of <paramref name="trials"/> (R's prop.test, correct = FALSE).</summary>
    public static ProportionEstimate Of(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        return new ProportionEstimate(successes, trials, ConfidenceIntervals.Wilson(successes, trials));
    }
}
