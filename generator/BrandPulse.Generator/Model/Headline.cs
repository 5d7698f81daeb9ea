using BrandPulse.Generator.Rendering;

namespace BrandPulse.Generator.Model;

/// <summary>
/// The sentence the home page opens with, in the page's language: a finding, from measured data only
/// (<see cref="Evidence"/>); where no data can support one, what the data can show and what measurement would show more.
/// </summary>
public static class Headline
{
    /// <summary>The opening sentence for the site's figures (strings <c>headline.*</c>).</summary>
    public static string Of(SiteModel model, SiteContext context)
    {
        if (model.TotalComplaints == 0)
        {
            return context.Text["headline.none"];
        }

        if (model.Rankings.FirstOrDefault(Evidence.IsMeasured) is { } measured)
        {
            return Finding(measured, context);
        }

        var limits = new List<string>();
        List<string> selected = Channels(model, context, f => f.AnsweredOnlyShare > 0);
        List<string> illustrative = Channels(model, context, f => f.Illustrative);
        if (selected.Count > 0)
        {
            limits.Add(context.Text.Format("headline.why_selected", ("channels", And(context, selected))));
        }

        if (illustrative.Count > 0)
        {
            limits.Add(context.Text.Format("headline.why_illustrative", ("channels", And(context, illustrative))));
        }

        string why = limits.Count == 0 ? context.Text["headline.why_none"] : And(context, limits);
        return context.Text.Format("headline.limited", ("why", why));
    }

    private static string Finding(ChannelRanking r, SiteContext context)
    {
        ChannelFigures first = r.Ranked[0];
        ChannelFigures last = r.Ranked[^1];
        string period = FigureText.Period(r.Ranked.Min(f => f.PeriodStartMs), r.Ranked.Max(f => f.PeriodEndMs), context);
        string count = FigureText.Count(r.Ranked.Count, context);
        return first.Rank is { Upper: 1 }
            ? context.Text.Format("headline.fastest", ("brand", first.Brand.DisplayName), ("on_channel", context.ChannelOn(r.Channel)), ("count", count),
                ("median", FigureText.Duration(first.Summary.Median.Value, context)), ("period", period))
            : context.Text.Format("headline.range", ("on_channel", context.ChannelOn(r.Channel, capitalized: true)), ("first", first.Brand.DisplayName), ("last", last.Brand.DisplayName),
                ("first_median", FigureText.Duration(first.Summary.Median.Value, context)),
                ("last_median", FigureText.Duration(last.Summary.Median.Value, context)), ("count", count), ("period", period));
    }

    /// <summary>Items joined as the language joins them: "a and b and c".</summary>
    private static string And(SiteContext context, List<string> items) =>
        items.Aggregate((a, b) => context.Text.Format("list.and", ("first", a), ("second", b)));

    private static List<string> Channels(SiteModel model, SiteContext context, Func<ChannelFigures, bool> which) =>
        [.. model.Rankings.Where(r => r.All.Any(f => f.Status != FigureStatus.TooFew && which(f)))
            .Select(r => InText(context.ChannelName(r.Channel)))];

    /// <summary>A channel's name inside a sentence: "phone", "teléfono", but "Twitter/X".</summary>
    private static string InText(string name) =>
        name.Length > 1 && name[1..].All(char.IsLower) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
