using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Computation;

/// <summary>One brand's complaints on one channel broken down by month and by answer kind (part of <see cref="BrandComputation"/>).</summary>
public static class BrandBreakdowns
{
    /// <summary>Per calendar month (UTC) of the complaint, the months with enough complaints to show figures.</summary>
    public static List<MonthFigures> Trend(List<ComplaintRow> usable)
    {
        var months = new SortedDictionary<int, List<WaitObservation>>();
        foreach (ComplaintRow r in usable)
        {
            DateTime at = DateTime.UnixEpoch.AddMilliseconds(r.ComplainedAtMs);
            int key = (at.Year * 12) + at.Month - 1;
            if (!months.TryGetValue(key, out List<WaitObservation>? observations))
            {
                months[key] = observations = [];
            }

            observations.Add(new WaitObservation(r.WaitMinutes, r.Answered));
        }

        return [.. months.Where(m => RankingRules.IsShown(m.Value.Count))
            .Select(m => new MonthFigures(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{m.Key / 12:0000}-{(m.Key % 12) + 1:00}"),
                ResponseSummary.Of(m.Value)))];
    }

    /// <summary>The answer kinds of the answered complaints, and the time to a first substantive answer (censored where none came).</summary>
    public static AnswerKindFigures Kinds(List<ComplaintRow> usable)
    {
        var counts = usable.Where(r => r.Answered && r.ResponseKind is not null)
            .GroupBy(r => r.ResponseKind!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int classified = counts.Values.Sum();
        ResponseSummary? substantive = classified == 0 ? null : ResponseSummary.Of(usable
            .Select(r => r.FirstSubstantiveAtMs is long s
                ? new WaitObservation(Math.Round((s - r.ComplainedAtMs) / 1000.0, MidpointRounding.AwayFromZero) / 60.0, true)
                : new WaitObservation(Math.Round((Math.Max(r.ObservedUntilMs, r.FirstResponseAtMs ?? 0) - r.ComplainedAtMs) / 1000.0,
                    MidpointRounding.AwayFromZero) / 60.0, false))
            .ToList());
        return new AnswerKindFigures(counts, classified, substantive);
    }
}
