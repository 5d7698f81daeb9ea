namespace BrandPulse.Statistics;

/// <summary>
/// One distinct observed time of a Kaplan-Meier "still waiting" curve, as in R's
/// <c>summary(survfit(...), censored = TRUE)</c>.
/// </summary>
/// <param name="Minutes">The time of this step.</param>
/// <param name="AtRisk">Complaints still waiting just before this time.</param>
/// <param name="Events">Complaints answered at exactly this time.</param>
/// <param name="Censored">Complaints whose observation ended at this time (counted after the events).</param>
/// <param name="Survival">S(t): share still waiting after this time.</param>
/// <param name="StandardError">Greenwood standard error of S(t); 0 once S(t) is 0.</param>
/// <param name="StandardErrorOfLog">Greenwood standard error of log S(t), sqrt(sum d/(n(n-d)));
/// positive infinity once everybody at risk has been answered.</param>
/// <param name="Lower">Lower end of the pointwise 95% interval of S(t), R's conf.type "log"; null where S(t) = 0.</param>
/// <param name="Upper">Upper end of the pointwise 95% interval of S(t) (capped at 1); null where S(t) = 0.</param>
public readonly record struct SurvivalStep(
    double Minutes,
    int AtRisk,
    int Events,
    int Censored,
    double Survival,
    double StandardError,
    double StandardErrorOfLog,
    double? Lower,
    double? Upper);
