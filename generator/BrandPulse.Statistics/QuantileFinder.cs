namespace BrandPulse.Statistics;

/// <summary>
/// Port of <c>findq</c> from R survival's R/quantile.survfit.R (therneau/survival): the p-quantile of a
/// step CDF y = 1 - S(t) given at times x (x[0] is the start, 0, with y[0] = 0).
/// </summary>
/// <remarks>
/// R's steps, kept in order: (1) if max(y) &lt; p the quantile is NA; (2) drop repeated y values (censoring
/// times, and NA after the first); (3) i1 = the point whose y + tol is the smallest at or above p,
/// i2 = the point whose y - tol is the smallest at or above p (what approx(..., method = "constant", f = 1)
/// returns); the quantile is (x[i1] + x[i2]) / 2, which is x[i1] unless the curve sits within tol of p;
/// (4) if the last kept y is within tol of p (a flat at the end), the quantile is (x[i1] + xmax) / 2 where
/// xmax is the last time of the curve, censored or not. NaN stands for R's NA.
/// </remarks>
internal static class QuantileFinder
{
    /// <summary>sqrt(.Machine$double.eps), quantile.survfit's default tolerance.</summary>
    internal const double Tolerance = 1.4901161193847656e-8;

    internal static double? Find(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double p)
    {
        double maxY = double.NegativeInfinity;
        foreach (double value in y)
        {
            if (!double.IsNaN(value) && value > maxY)
            {
                maxY = value;
            }
        }

        if (maxY < p)
        {
            return null;
        }

        var seen = new HashSet<double>();
        int first = -1, second = -1, last = -1;
        for (int i = 0; i < y.Length; i++)
        {
            if (!seen.Add(y[i]))
            {
                continue;
            }

            last = i;
            if (double.IsNaN(y[i]))
            {
                continue;
            }

            if (y[i] + Tolerance >= p && (first < 0 || y[i] < y[first]))
            {
                first = i;
            }

            if (y[i] - Tolerance >= p && (second < 0 || y[i] < y[second]))
            {
                second = i;
            }
        }

        double? quantile = first >= 0 && second >= 0 ? (x[first] + x[second]) / 2 : null;
        if (!double.IsNaN(y[last]) && Math.Abs(p - y[last]) < Tolerance && first >= 0)
        {
            quantile = (x[first] + x[^1]) / 2;
        }

        return quantile;
    }
}
