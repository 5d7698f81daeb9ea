using System.Globalization;

namespace BrandPulse.Statistics;

/// <summary>
/// A verdict of a 3-minute share against the law's 95% mark (<see cref="Of"/>). It describes the data against the
/// mark; it is not a finding that the firm is bound by the law.
/// </summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="MoreCallsNeeded">For <see cref="LawVerdict.CannotTell"/>: the smallest number of extra calls after
/// which, if the observed share held, the Wilson interval would exclude the mark; null when that takes more than
/// <see cref="Cap"/> (<see cref="MoreThanCap"/>) or for the other verdicts.</param>
/// <param name="MoreThanCap">True when more than <see cref="Cap"/> extra calls would be needed (or the share sits exactly on the mark).</param>
public sealed record LawVerdictResult(LawVerdict Verdict, int? MoreCallsNeeded, bool MoreThanCap)
{
    /// <summary>The law's mark: 95% of calls attended within three minutes.</summary>
    public const double Mark = 0.95;

    /// <summary>The most extra calls the estimate of <see cref="MoreCallsNeeded"/> looks at.</summary>
    public const int Cap = 1000;

    /// <summary>meets | below | cannot_tell | not_applicable (the <c>law_3min_verdict</c> column).</summary>
    public string MachineValue => Verdict switch
    {
        LawVerdict.Meets => "meets",
        LawVerdict.Below => "below",
        LawVerdict.CannotTell => "cannot_tell",
        _ => "not_applicable",
    };

    /// <summary>"about N more calls" text for cannot_tell: the number ("240") or "more than 1,000"; empty otherwise.</summary>
    public string MoreCallsLabel => Verdict != LawVerdict.CannotTell
        ? string.Empty
        : MoreThanCap ? "more than 1,000" : MoreCallsNeeded!.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The verdict for <paramref name="share"/> (successes of trials with its Wilson interval): not_applicable for
    /// illustrative data or fewer than <paramref name="minimumCalls"/> calls; meets when the lower end is at or above
    /// 0.95; below when the upper end is under 0.95; cannot_tell otherwise, with the extra calls needed.
    /// </summary>
    public static LawVerdictResult Of(ProportionEstimate share, bool illustrative, int minimumCalls)
    {
        ArgumentNullException.ThrowIfNull(share);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumCalls);
        if (illustrative || share.Trials < minimumCalls || share.Trials == 0
            || share.Share.Lower is not double lower || share.Share.Upper is not double upper)
        {
            return new LawVerdictResult(LawVerdict.NotApplicable, null, false);
        }

        if (lower >= Mark)
        {
            return new LawVerdictResult(LawVerdict.Meets, null, false);
        }

        if (upper < Mark)
        {
            return new LawVerdictResult(LawVerdict.Below, null, false);
        }

        int? needed = MoreCallsToSettle((double)share.Successes / share.Trials, share.Trials);
        return new LawVerdictResult(LawVerdict.CannotTell, needed, needed is null);
    }

    /// <summary>
    /// Smallest N in 1..<see cref="Cap"/> such that the Wilson 95% interval of the share <paramref name="p"/> observed on
    /// n + N calls excludes the mark (lower &gt;= 0.95 or upper &lt; 0.95); null when none does.
    /// </summary>
    internal static int? MoreCallsToSettle(double p, int n)
    {
        for (int extra = 1; extra <= Cap; extra++)
        {
            var (lower, upper) = WilsonBounds(p, n + extra);
            if (lower >= Mark || upper < Mark)
            {
                return extra;
            }
        }

        return null;
    }

    /// <summary>The Wilson score bounds for a real-valued share p on n trials (the formula of ConfidenceIntervals.Wilson).</summary>
    internal static (double Lower, double Upper) WilsonBounds(double p, double n)
    {
        const double Z = ConfidenceIntervals.Z95;
        double z2 = Z * Z;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return (Math.Max(0.0, centre - half), Math.Min(1.0, centre + half));
    }
}
