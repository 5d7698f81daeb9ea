namespace BrandPulse.Statistics;

/// <summary>
/// The 95% interval formulas, written the way R computes them so results can be checked against R.
/// </summary>
internal static class ConfidenceIntervals
{
    /// <summary>qnorm(0.975) in R, to double precision.</summary>
    internal const double Z95 = 1.959963984540054;

    /// <summary>
    /// Pointwise interval of a survival value on the log scale, R survival's <c>survfit_confint</c> with
    /// conf.type = "log" (the survfit default): exp(log S -/+ z se), upper end capped at 1;
    /// both ends NA (null) where S = 0.
    /// </summary>
    internal static (double? Lower, double? Upper) LogBand(double survival, double standardErrorOfLog)
    {
        if (survival <= 0 || double.IsNaN(standardErrorOfLog))
        {
            return (null, null);
        }

        double halfWidth = Z95 * standardErrorOfLog;
        double lower = Math.Exp(Math.Log(survival) - halfWidth);
        double upper = Math.Min(Math.Exp(Math.Log(survival) + halfWidth), 1.0);
        return (lower, upper);
    }

    /// <summary>
    /// Pointwise interval of a survival value on the log-log scale, R survival's <c>survfit_confint</c> with
    /// conf.type = "log-log": exp(-exp(log(-log S) -/+ z se / log S)); NA (null) where S is 0 or 1.
    /// </summary>
    internal static (double? Lower, double? Upper) LogLogBand(double survival, double standardErrorOfLog)
    {
        if (survival <= 0 || survival >= 1 || !double.IsFinite(standardErrorOfLog))
        {
            return (null, null);
        }

        double scaled = Z95 * standardErrorOfLog / Math.Log(survival);
        double logMinusLog = Math.Log(-Math.Log(survival));
        double lower = Math.Exp(-Math.Exp(logMinusLog - scaled));
        double upper = Math.Exp(-Math.Exp(logMinusLog + scaled));
        return (lower, upper);
    }

    /// <summary>
    /// Wilson score interval for <paramref name="successes"/> out of <paramref name="trials"/>, as R's
    /// <c>prop.test(x, n, correct = FALSE)$conf.int</c>. Null for zero trials.
    /// </summary>
    internal static ShareEstimate Wilson(int successes, int trials)
    {
        if (trials <= 0)
        {
            return ShareEstimate.Unknown;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);

        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = Z95 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        double lower = successes == 0 ? 0.0 : Math.Max(0.0, centre - half);
        double upper = successes == trials ? 1.0 : Math.Min(1.0, centre + half);
        return new ShareEstimate(p, lower, upper);
    }
}
