using BrandPulse.Data.Model;
using BrandPulse.Generator.Localization;
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

    /// <summary>The advice for a brand, in the page's language (strings <c>advice.*</c>).</summary>
    public static IReadOnlyList<AdviceItem> For(BrandFigures brand, SiteContext context)
    {
        Strings text = context.Text;
        string Percent(double share) => Units.Percent(share, context.Language);
        string Duration(double? minutes) => FigureText.Duration(minutes, context);
        var items = new List<(double Weight, bool Illustrative, AdviceItem Item)>();
        foreach (ChannelFigures f in brand.Channels.Where(c => c.Status != FigureStatus.TooFew))
        {
            string on = context.ChannelOn(f.Channel, capitalized: true);
            ResponseSummary s = f.Summary;
            if (s.ResponseRate.Value is double rate && rate < AnswerEveryThreshold && !f.SelectedBecauseAnswered)
            {
                items.Add((1 - rate, f.Illustrative, new AdviceItem(text["advice.answer_every"],
                    text.Format("advice.answer_every_because", ("channel_on", on), ("share", Percent(1 - rate))))));
            }

            if (f.Channel != Channels.Phone && (s.Median.Value is null || s.Median.Value > FastMinutes))
            {
                items.Add((0.5, f.Illustrative, new AdviceItem(text["advice.answer_fast"],
                    text.Format(s.Median.Value is null ? "advice.answer_fast_because_not_reached" : "advice.answer_fast_because",
                        ("channel_on", on), ("wait", Duration(s.Median.Value ?? f.Summary.P90.Value))))));
            }

            if (f.Kinds.DeflectionShare is double deflection && deflection > DeflectionThreshold)
            {
                items.Add((deflection, f.Illustrative, new AdviceItem(text["advice.inform"],
                    text.Format("advice.inform_because", ("channel_on", on), ("share", Percent(deflection))))));
            }

            if (f.Kinds.Substantive?.Median.Value is double substantive && s.Median.Value is double first && substantive > 2 * first + 5)
            {
                items.Add((0.4, f.Illustrative, new AdviceItem(text["advice.no_repeat"],
                    text.Format("advice.no_repeat_because", ("channel_on", on), ("substantive", Duration(substantive)), ("first", Duration(first))))));
            }

            if (f.Law?.Phone?.ThreeMinutes.Share.Share.Value is double within && within < PhoneStandard)
            {
                items.Add((PhoneStandard - within, f.Illustrative, new AdviceItem(text["advice.phone"],
                    text.Format("advice.phone_because", ("share", Percent(within)), ("standard", Percent(PhoneStandard))))));
            }
        }

        if (brand.Gap is { Gap.Lower: > 2 } gap && Evidence.IsMeasured(gap))
        {
            items.Add((0.6, gap.Phone.Illustrative, new AdviceItem(text["advice.gap"],
                text.Format("advice.gap_because", ("ratio", FigureText.Ratio(gap.Gap.Ratio, context)),
                    ("phone", Duration(gap.Phone.Summary.Median.Value)), ("twitter", Duration(gap.Twitter.Summary.Median.Value))))));
        }

        // Advice drawn from illustrative (made-up) figures says so, like every such figure on the site.
        string suffix = " " + text["advice.illustrative_suffix"];
        List<(double Weight, AdviceItem Item)> marked = [.. items.Select(i => (i.Weight, i.Illustrative
            ? i.Item with { Because = i.Item.Because + suffix }
            : i.Item))];
        return marked.OrderByDescending(i => i.Weight).ThenBy(i => i.Item.Practice, StringComparer.Ordinal)
            .Select(i => i.Item).Take(4).ToList();
    }
}
