using BrandPulse.Generator.Rendering;

namespace BrandPulse.Generator.Model;

/// <summary>
/// The sentence the home page opens with: a finding, from measured data only (<see cref="Evidence"/>); where no data
/// can support one, what the data can show and what measurement would show more.
/// </summary>
public static class Headline
{
    /// <summary>The opening sentence for the site's figures.</summary>
    public static string Of(SiteModel model)
    {
        if (model.TotalComplaints == 0)
        {
            return "No complaints have been collected yet, so there is nothing to report.";
        }

        if (model.Rankings.FirstOrDefault(Evidence.IsMeasured) is { } measured)
        {
            return Finding(measured);
        }

        var limits = new List<string>();
        List<string> selected = Channels(model, f => f.AnsweredOnlyShare > 0);
        List<string> illustrative = Channels(model, f => f.Illustrative);
        if (selected.Count > 0)
        {
            limits.Add($"the {string.Join(" and ", selected)} conversations were selected because the brand answered");
        }

        if (illustrative.Count > 0)
        {
            limits.Add($"the {string.Join(" and ", illustrative)} figures are illustrative (made up)");
        }

        string why = limits.Count == 0 ? "no channel has enough brands measured to compare them" : string.Join(" and ", limits);
        return $"This data can show how fast brands answered the complaints they did answer, not how often they leave people "
            + $"waiting or which channel is faster, because {why}; a field campaign or live collection would measure that.";
    }

    private static string Finding(ChannelRanking r)
    {
        string channel = BrandPulse.Data.Model.Channels.DisplayName(r.Channel);
        ChannelFigures first = r.Ranked[0];
        ChannelFigures last = r.Ranked[^1];
        string period = FigureText.Period(r.Ranked.Min(f => f.PeriodStartMs), r.Ranked.Max(f => f.PeriodEndMs));
        return first.Rank is { Upper: 1 }
            ? $"{first.Brand.DisplayName} answers complaints on {channel} clearly fastest of the {r.Ranked.Count} brands ranked there: "
                + $"half its complainants had a first response within {FigureText.Duration(first.Summary.Median.Value)} ({period})."
            : $"On {channel}, half of complainants had a first response within {FigureText.Duration(first.Summary.Median.Value)} at "
                + $"{first.Brand.DisplayName} and within {FigureText.Duration(last.Summary.Median.Value)} at {last.Brand.DisplayName}, "
                + $"the quickest and slowest of the {r.Ranked.Count} brands ranked there ({period}); no single brand is clearly the fastest.";
    }

    private static List<string> Channels(SiteModel model, Func<ChannelFigures, bool> which) =>
        [.. model.Rankings.Where(r => r.All.Any(f => f.Status != FigureStatus.TooFew && which(f)))
            .Select(r => InText(BrandPulse.Data.Model.Channels.DisplayName(r.Channel)))];

    /// <summary>A channel's name inside a sentence: "phone", but "Twitter/X".</summary>
    private static string InText(string name) =>
        name.Length > 1 && name[1..].All(char.IsLower) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
