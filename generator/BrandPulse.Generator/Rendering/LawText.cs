using BrandPulse.Data.Model;
using BrandPulse.Generator.Localization;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// How the Ley 10/2025 figures are worded on the pages, in the page's language (strings <c>law.*</c>): verdicts against
/// the 95% mark (never for illustrative data), the law's scope, the starting point before the law applied. Every
/// verdict is an independent measurement, not a legal finding.
/// </summary>
public static class LawText
{
    /// <summary>The verdict in words; for not_applicable, why there is none.</summary>
    public static string Verdict(LawVerdictResult verdict, bool illustrative, SiteContext context) => verdict.Verdict switch
    {
        LawVerdict.Meets => context.Text["law.verdict.meets"],
        LawVerdict.Below => context.Text["law.verdict.below"],
        LawVerdict.CannotTell => context.Text.Format("law.verdict.cannot_tell", ("more", MoreCalls(verdict, context))),
        _ => context.Text[illustrative ? "law.verdict.none_illustrative" : "law.verdict.none_too_few"],
    };

    /// <summary>How many more calls would settle a verdict: "120", "more than 1,000" ("más de 1000").</summary>
    private static string MoreCalls(LawVerdictResult verdict, SiteContext context) =>
        context.Language == Strings.Reference ? verdict.MoreCallsLabel
        : verdict.MoreThanCap ? context.Text.Format("law.more_than", ("count", Units.Count(LawVerdictResult.Cap, context.Language)))
        : Units.Count(verdict.MoreCallsNeeded ?? 0, context.Language);

    /// <summary>The CSS class of a verdict badge.</summary>
    public static string VerdictClass(LawVerdictResult verdict) => "verdict " + verdict.MachineValue.Replace('_', '-');

    /// <summary>The registry's law scope in words.</summary>
    public static string Scope(string lawScope, SiteContext context) => context.Text[lawScope switch
    {
        LawScopes.BasicService => "law.scope.basic_service",
        LawScopes.LargeCompany => "law.scope.large_company",
        LawScopes.NotCovered => "law.scope.not_covered",
        _ => "law.scope.unknown",
    }];

    /// <summary>How the calls ended, in words with counts ("25,499 reached a person, 3,961 gave up"), in a fixed order.</summary>
    public static string Outcomes(IReadOnlyDictionary<string, int> outcomes, SiteContext context) => string.Join(", ",
        new[]
        {
            PhoneOutcomes.ReachedPerson, PhoneOutcomes.Abandoned, "hung_up_after_wait", PhoneOutcomes.CutOff,
            PhoneOutcomes.NoPersonOffered, PhoneOutcomes.BusyNoAnswer,
        }
        .Where(code => outcomes.GetValueOrDefault(code) > 0)
        .Select(code => context.Text.Format("law.outcome." + code, ("count", FigureText.Count(outcomes[code], context)))));

    /// <summary>True when the verdict may be shown as a finding against the mark (not before the law applied).</summary>
    public static bool IsStartingPoint(ChannelFigures f) => f.Law?.StartingPoint == true;
}
