namespace BrandPulse.Statistics;

/// <summary>
/// "Reached a person by t" under competing risks, fitted by <see cref="AalenJohansen.Fit"/>:
/// F(t) = sum over call times t_j &lt;= t of S(t_j-) d1_j / n_j, with S the all-cause Kaplan-Meier curve.
/// </summary>
public sealed class CumulativeIncidenceCurve
{
    /// <summary>Tolerance for "F reaches 0.5": sums of products of fractions land a few ulps off.</summary>
    internal const double Tolerance = 1e-12;

    private readonly CumulativeIncidenceStep[] _steps;

    internal CumulativeIncidenceCurve(CumulativeIncidenceStep[] steps, int n)
    {
        _steps = steps;
        N = n;
    }

    /// <summary>Number of calls.</summary>
    public int N { get; }

    /// <summary>One step per distinct call time, ascending.</summary>
    public IReadOnlyList<CumulativeIncidenceStep> Steps => _steps;

    /// <summary>
    /// F(t) for <paramref name="outcome"/>, right-continuous (an outcome at exactly t counts by t); 0 before the first
    /// call time; the last value after the last one. Null for an empty curve.
    /// </summary>
    public double? IncidenceAt(double seconds, PhoneOutcome outcome = PhoneOutcome.ReachedPerson)
    {
        if (double.IsNaN(seconds))
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "Seconds must be a number.");
        }

        if (N == 0)
        {
            return null;
        }

        CumulativeIncidenceStep? last = null;
        foreach (CumulativeIncidenceStep step in _steps)
        {
            if (step.Seconds > seconds)
            {
                break;
            }

            last = step;
        }

        return last?.IncidenceOf(outcome) ?? 0.0;
    }

    /// <summary>
    /// The median: the first call time at which F(t) of reaching a person is at least 0.5; null ("not reached")
    /// when fewer than half of all calls ever reached a person.
    /// </summary>
    public double? Median()
    {
        foreach (CumulativeIncidenceStep step in _steps)
        {
            if (step.ReachedPersonIncidence >= 0.5 - Tolerance)
            {
                return step.Seconds;
            }
        }

        return null;
    }
}
