using BrandPulse.Data.Model;
using BrandPulse.Generator.Rendering;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Model;

/// <summary>One piece of advice: the practice (from the seed articles), and the figure of this brand that calls for it.</summary>
public sealed record AdviceItem(string Practice, string Because);

/// <summary>
/// "How to improve", tied to a brand's weakest figures, from the practices the seed articles name: answer fast, answer
/// every complaint, give information rather than confusion, don't make people repeat themselves, move to a private
/// channel and follow up. Only figures shown on the page (enough complaints) give advice; at most the four most pressing.
/// </summary>
public static class Advice
{
    public const double AnswerEveryThreshold = 0.9;
    public const double FastMinutes = 60;
    public const double DeflectionThreshold = 0.2;
    public const double PhoneStandard = 0.95;

    private static bool Mentions(AdviceItem item, BrandFigures brand) => brand.Channels
        .Where(c => c.Illustrative)
        .Any(c => item.Because.Contains(Channels.DisplayName(c.Channel), StringComparison.Ordinal)
            || (c.Channel == Channels.Phone && (item.Because.Contains("caller", StringComparison.Ordinal) || item.Because.Contains("Callers", StringComparison.Ordinal))));

    public static IReadOnlyList<AdviceItem> For(BrandFigures brand)
    {
        var items = new List<(double Weight, AdviceItem Item)>();
        foreach (ChannelFigures f in brand.Channels.Where(c => c.Status != FigureStatus.TooFew))
        {
            string channel = Channels.DisplayName(f.Channel);
            ResponseSummary s = f.Summary;
            if (s.ResponseRate.Value is double rate && rate < AnswerEveryThreshold && !f.SelectedBecauseAnswered)
            {
                items.Add((1 - rate, new AdviceItem("Answer every complaint.",
                    $"On {channel}, {Units.Percent(1 - rate)} of complaints had no answer at all by the end of observation.")));
            }

            if (f.Channel != Channels.Phone && (s.Median.Value is null || s.Median.Value > FastMinutes))
            {
                items.Add((0.5, new AdviceItem("Answer fast: people complain in public because they expect a quick reply.",
                    $"On {channel}, half of the complainants waited more than {FigureText.Duration(s.Median.Value ?? f.Summary.P90.Value)}"
                    + (s.Median.Value is null ? " (the median was never reached)." : "."))));
            }

            if (f.Kinds.DeflectionShare is double deflection && deflection > DeflectionThreshold)
            {
                items.Add((deflection, new AdviceItem(
                    "Give information rather than a redirection; when a private channel is needed, say why and follow up there.",
                    $"On {channel}, {Units.Percent(deflection)} of first answers only asked to move to a private channel or were automatic.")));
            }

            if (f.Kinds.Substantive?.Median.Value is double substantive && s.Median.Value is double first && substantive > 2 * first + 5)
            {
                items.Add((0.4, new AdviceItem("Don't make people repeat themselves: answer the question in the first reply.",
                    $"On {channel}, the first real answer came after {FigureText.Duration(substantive)} (median), against {FigureText.Duration(first)} for a first reply of any kind.")));
            }

            if (f.Law?.Phone?.ThreeMinutes.Share.Share.Value is double within && within < PhoneStandard)
            {
                items.Add((PhoneStandard - within, new AdviceItem("Put callers through to a person sooner; robot menus count as waiting.",
                    $"Only {Units.Percent(within)} of callers reached a person within 3 minutes (giving up counts as not reached); Spain's Ley 10/2025 asks for {Units.Percent(PhoneStandard)}.")));
            }
        }

        if (brand.Gap is { Gap.Lower: > 2 } gap && Evidence.IsMeasured(gap))
        {
            items.Add((0.6, new AdviceItem("Give callers the speed people who tweet get: nobody watches a phone queue, but callers count.",
                $"Callers wait {FigureText.Ratio(gap.Gap.Ratio)} as long as people who tweet (median {FigureText.Duration(gap.Phone.Summary.Median.Value)} against {FigureText.Duration(gap.Twitter.Summary.Median.Value)}).")));
        }

        // Advice drawn from illustrative (made-up) figures says so, like every such figure on the site.
        items = [.. items.Select(i => (i.Weight, brand.Channels.Any(c => c.Illustrative) && Mentions(i.Item, brand)
            ? i.Item with { Because = i.Item.Because + " (illustrative data)" }
            : i.Item))];
        return items.OrderByDescending(i => i.Weight).ThenBy(i => i.Item.Practice, StringComparer.Ordinal)
            .Select(i => i.Item).Take(4).ToList();
    }
}
