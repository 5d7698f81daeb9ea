namespace BrandPulse.Statistics;

/// <summary>
/// Kaplan-Meier estimate of the "still waiting" curve S(t), matching R's
/// <c>survfit(Surv(minutes, answered) ~ 1)</c> with its defaults (Greenwood variance, conf.type = "log").
/// </summary>
public static class KaplanMeier
{
    /// <summary>Fits the curve. Minutes must be finite and not negative.</summary>
    public static SurvivalCurve Fit(IReadOnlyList<WaitObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var sorted = new WaitObservation[observations.Count];
        double[] keys = new double[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = Validated(observations[i]);
            keys[i] = sorted[i].Minutes;
        }

        // By minutes only (the order within a minute does not matter: answers and waits there are counted together);
        // sorting the keys as plain doubles is several times faster than a comparison delegate.
        Array.Sort(keys, sorted);

        var steps = new List<SurvivalStep>();
        int atRisk = sorted.Length;
        int answered = 0;
        double survival = 1.0;
        double varianceOfLog = 0.0;
        int index = 0;
        while (index < sorted.Length)
        {
            double minutes = sorted[index].Minutes;
            int events = 0, censored = 0;
            for (; index < sorted.Length && sorted[index].Minutes == minutes; index++)
            {
                if (sorted[index].Answered)
                {
                    events++;
                }
                else
                {
                    censored++;
                }
            }

            // Answers before still-waiting at the same minute (R's convention): a complaint censored at t
            // was still at risk of being answered at t, so the risk set shrinks only after this step.
            if (events > 0)
            {
                survival *= (double)(atRisk - events) / atRisk;
                varianceOfLog += atRisk > events
                    ? (double)events / ((double)atRisk * (atRisk - events))
                    : double.PositiveInfinity;
            }

            double standardErrorOfLog = Math.Sqrt(varianceOfLog);
            double standardError = survival > 0 ? survival * standardErrorOfLog : 0.0;
            var (lower, upper) = ConfidenceIntervals.LogBand(survival, standardErrorOfLog);
            steps.Add(new SurvivalStep(
                minutes, atRisk, events, censored, survival, standardError, standardErrorOfLog, lower, upper));
            answered += events;
            atRisk -= events + censored;
        }

        return new SurvivalCurve(steps, sorted.Length, answered);
    }

    internal static WaitObservation Validated(WaitObservation observation)
    {
        if (!double.IsFinite(observation.Minutes) || observation.Minutes < 0)
        {
            throw new ArgumentException(
                $"Wait minutes must be finite and not negative, got {observation.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
                nameof(observation));
        }

        return observation;
    }
}
