namespace BrandPulse.Statistics.Tests;

/// <summary>Short ways to write test samples: "10" is answered at 10 minutes, "100+" still waiting at 100.</summary>
internal static class Observations
{
    internal static WaitObservation[] Parse(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Parse1)];

    internal static WaitObservation[] Answered(params double[] minutes) =>
        [.. minutes.Select(m => new WaitObservation(m, true))];

    /// <summary>
    /// The survfit reference used throughout: answered at 10, 15, 23, 30, 35, 52, still waiting at 100.
    /// print(survfit(Surv(c(10,15,23,30,35,52,100), c(1,1,1,1,1,1,0)) ~ 1)) gives n 7, events 6,
    /// median 30, 0.95LCL 15, 0.95UCL NA (worked out by hand in SurvivalCurveTests).
    /// </summary>
    internal static WaitObservation[] SurvfitReference => Parse("10 15 23 30 35 52 100+");

    private static WaitObservation Parse1(string token) =>
        token.EndsWith('+')
            ? new WaitObservation(double.Parse(token[..^1], System.Globalization.CultureInfo.InvariantCulture), false)
            : new WaitObservation(double.Parse(token, System.Globalization.CultureInfo.InvariantCulture), true);
}
