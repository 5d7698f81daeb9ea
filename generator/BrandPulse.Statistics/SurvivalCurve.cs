namespace BrandPulse.Statistics;

/// <summary>
/// A fitted Kaplan-Meier "still waiting" curve: S(t) = share of complainants with no answer after t minutes.
/// Build it with <see cref="KaplanMeier.Fit"/>.
/// </summary>
public sealed class SurvivalCurve
{
    private readonly SurvivalStep[] _steps;

    internal SurvivalCurve(IEnumerable<SurvivalStep> steps, int n, int answered)
    {
        _steps = [.. steps];
        N = n;
        Answered = answered;
    }

    /// <summary>Number of complaints.</summary>
    public int N { get; }

    /// <summary>Number of answered complaints (events).</summary>
    public int Answered { get; }

    /// <summary>One step per distinct observed time, ascending.</summary>
    public IReadOnlyList<SurvivalStep> Steps => _steps;

    /// <summary>The longest observed time (answered or not); 0 for an empty curve.</summary>
    public double MaxMinutes => _steps.Length == 0 ? 0.0 : _steps[^1].Minutes;

    /// <summary>
    /// S(t), right-continuous: answers at exactly t count as answered within t. 1 before the first step;
    /// after the last step the last value is carried forward (see <see cref="AnsweredWithin"/> for the
    /// variant that refuses to extrapolate).
    /// </summary>
    public double SurvivalAt(double minutes)
    {
        int index = LastStepAtOrBefore(minutes);
        return index < 0 ? 1.0 : _steps[index].Survival;
    }

    /// <summary>1 - S(t): the share answered within t minutes.</summary>
    public double ShareAnsweredWithin(double minutes) => 1.0 - SurvivalAt(minutes);

    /// <summary>
    /// The share answered within t minutes, 1 - S(t), with a 95% interval from the Greenwood variance on the
    /// log-log scale (R's conf.type = "log-log", transformed to 1 - S). Value is null for an empty curve and
    /// for t beyond the longest observed wait while somebody is still waiting (S is unknown there);
    /// the interval ends are null where S(t) is 0 or 1 (as in R, the log-log interval is undefined there).
    /// </summary>
    public ShareEstimate AnsweredWithin(double minutes)
    {
        if (double.IsNaN(minutes) || minutes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "Minutes must be a non-negative number.");
        }

        int index = LastStepAtOrBefore(minutes);
        if (N == 0 || (minutes > MaxMinutes && _steps[^1].Survival > 0))
        {
            return ShareEstimate.Unknown;
        }

        double survival = index < 0 ? 1.0 : _steps[index].Survival;
        double standardErrorOfLog = index < 0 ? 0.0 : _steps[index].StandardErrorOfLog;
        var (lower, upper) = ConfidenceIntervals.LogLogBand(survival, standardErrorOfLog);
        return new ShareEstimate(1.0 - survival, 1.0 - upper, 1.0 - lower);
    }

    /// <summary>
    /// The p-quantile of the wait (p = 0.5 median, p = 0.9 "90% answered by") with its Brookmeyer-Crowley
    /// 95% interval, exactly as R's <c>quantile.survfit</c> / <c>print.survfit</c>: the lower limit is the
    /// quantile of the lower pointwise band of S, the upper limit the quantile of the upper band.
    /// </summary>
    public QuantileEstimate Quantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must lie strictly between 0 and 1.");
        }

        if (_steps.Length == 0)
        {
            return QuantileEstimate.NotReached;
        }

        int length = _steps.Length + 1;
        double[] times = new double[length];
        double[] estimate = new double[length];
        double[] fromLowerBand = new double[length];
        double[] fromUpperBand = new double[length];
        for (int i = 1; i < length; i++)
        {
            SurvivalStep step = _steps[i - 1];
            times[i] = step.Minutes;
            estimate[i] = 1.0 - step.Survival;
            fromLowerBand[i] = 1.0 - (step.Lower ?? double.NaN);
            fromUpperBand[i] = 1.0 - (step.Upper ?? double.NaN);
        }

        return new QuantileEstimate(
            QuantileFinder.Find(times, estimate, p),
            QuantileFinder.Find(times, fromLowerBand, p),
            QuantileFinder.Find(times, fromUpperBand, p));
    }

    /// <summary>The median wait, <c>Quantile(0.5)</c>.</summary>
    public QuantileEstimate Median() => Quantile(0.5);

    private int LastStepAtOrBefore(double minutes)
    {
        int low = 0, high = _steps.Length - 1, found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (_steps[middle].Minutes <= minutes)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
