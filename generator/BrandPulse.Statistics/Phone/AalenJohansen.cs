namespace BrandPulse.Statistics;

/// <summary>
/// The Aalen-Johansen estimate of each outcome's cumulative incidence for phone calls, the competing-risks
/// counterpart of Kaplan-Meier (R: <c>cmprsk::cuminc</c>, or <c>survival::survfit</c> with a multi-state
/// factor status). At a call time t_j with n_j calls at risk, d_kj outcomes of kind k and S(t_j-) the
/// all-cause Kaplan-Meier value just before: F_k(t_j) = F_k(t_j-) + S(t_j-) d_kj / n_j, then
/// S(t_j) = S(t_j-) (1 - d_j / n_j). Events at t_j come before censorings at t_j (censored calls were still
/// at risk at t_j), as in survfit.
/// </summary>
public static class AalenJohansen
{
    /// <summary>Fits every outcome's cumulative incidence.</summary>
    public static CumulativeIncidenceCurve Fit(IReadOnlyList<PhoneCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        PhoneCall[] sorted = Sorted(calls);
        var steps = new List<CumulativeIncidenceStep>();
        int atRisk = sorted.Length;
        double survival = 1.0;
        double reached = 0, abandoned = 0, cutOff = 0, noPerson = 0, busy = 0;
        int index = 0;
        while (index < sorted.Length)
        {
            double t = sorted[index].Time;
            int dReached = 0, dAbandoned = 0, dCutOff = 0, dNoPerson = 0, dBusy = 0, censored = 0;
            for (; index < sorted.Length && sorted[index].Time == t; index++)
            {
                switch (sorted[index].Outcome)
                {
                    case PhoneOutcome.ReachedPerson: dReached++; break;
                    case PhoneOutcome.Abandoned: dAbandoned++; break;
                    case PhoneOutcome.CutOff: dCutOff++; break;
                    case PhoneOutcome.NoPersonOffered: dNoPerson++; break;
                    case PhoneOutcome.BusyNoAnswer: dBusy++; break;
                    default: censored++; break;
                }
            }

            double n = atRisk;
            reached += survival * dReached / n;
            abandoned += survival * dAbandoned / n;
            cutOff += survival * dCutOff / n;
            noPerson += survival * dNoPerson / n;
            busy += survival * dBusy / n;
            int events = dReached + dAbandoned + dCutOff + dNoPerson + dBusy;
            survival *= (atRisk - events) / n;
            steps.Add(new CumulativeIncidenceStep(
                t, atRisk, dReached, dAbandoned, dCutOff, dNoPerson, dBusy, censored,
                survival, reached, abandoned, cutOff, noPerson, busy));
            atRisk -= events + censored;
        }

        return new CumulativeIncidenceCurve([.. steps], sorted.Length);
    }

    /// <summary>Validated copy sorted by <see cref="PhoneCall.Time"/> (stable order is not needed: ties are grouped).</summary>
    internal static PhoneCall[] Sorted(IReadOnlyList<PhoneCall> calls)
    {
        var sorted = new PhoneCall[calls.Count];
        double[] keys = new double[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = PhoneCall.Validated(calls[i]);
            keys[i] = sorted[i].Time;
        }

        Array.Sort(keys, sorted);
        return sorted;
    }
}
