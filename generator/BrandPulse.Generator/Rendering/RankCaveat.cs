using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// The caveat printed in visible text beside a league whose ranks come (wholly or in part) from data that cannot
/// carry a rank alone: illustrative data, or a data set selected because the brand answered.
/// </summary>
public static class RankCaveat
{
    /// <summary>The caveat for a league's ranked brands in the page's language (strings <c>caveat.*</c>); null where every ranked brand was measured.</summary>
    public static string? For(IReadOnlyList<ChannelFigures> ranked, SiteContext context)
    {
        var parts = new List<string>();
        if (ranked.Any(f => f.AnsweredOnlyShare > 0))
        {
            parts.Add(context.Text["caveat.answered_only"]);
        }

        if (ranked.Any(f => f.Illustrative))
        {
            parts.Add(context.Text["caveat.illustrative"]);
        }

        return parts.Count == 0 ? null : context.Text.Format("caveat.text", ("reasons", string.Join("; ", parts)));
    }

    /// <summary>The caveat for a league's ranked brands; null where every ranked brand was measured.</summary>
    public static string? For(IReadOnlyList<ChannelFigures> ranked)
    {
        var parts = new List<string>();
        if (ranked.Any(f => f.AnsweredOnlyShare > 0))
        {
            parts.Add("brands marked “answered only” are ranked on conversations selected because the brand answered: "
                + "the ranks compare how fast they answered those, not how often they answer, and their 100% answered is true by construction");
        }

        if (ranked.Any(f => f.Illustrative))
        {
            parts.Add("brands marked “illustrative” are ranked on made-up data that shows how the ranking works, not how they perform");
        }

        return parts.Count == 0 ? null : "Read these ranks with care: " + string.Join("; ", parts) + ".";
    }
}
