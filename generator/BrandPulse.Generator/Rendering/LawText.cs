using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// How the Ley 10/2025 figures are worded on the pages: verdicts against the 95% mark (never for illustrative data),
/// the law's scope, the starting point before the law applied. Every verdict is an independent measurement, not a
/// legal finding.
/// </summary>
public static class LawText
{
    /// <summary>The sentence every law figure carries.</summary>
    public const string NotALegalFinding = "An independent measurement, not a legal finding.";

    /// <summary>The verdict in words; for not_applicable, why there is none.</summary>
    public static string Verdict(LawVerdictResult verdict, bool illustrative) => verdict.Verdict switch
    {
        LawVerdict.Meets => "meets the 95% mark",
        LawVerdict.Below => "below the 95% mark",
        LawVerdict.CannotTell => $"cannot tell yet: about {verdict.MoreCallsLabel} more calls would settle it if the share held",
        _ => illustrative ? "no verdict: illustrative, made-up data" : "no verdict: fewer calls than the display threshold",
    };

    /// <summary>The CSS class of a verdict badge.</summary>
    public static string VerdictClass(LawVerdictResult verdict) => "verdict " + verdict.MachineValue.Replace('_', '-');

    /// <summary>The registry's law scope in words.</summary>
    public static string Scope(string lawScope) => lawScope switch
    {
        LawScopes.BasicService => "basic service (covered)",
        LawScopes.LargeCompany => "large company (covered)",
        LawScopes.NotCovered => "not covered by the law",
        _ => "scope unknown",
    };

    /// <summary>How the calls ended, in words with counts ("25,499 reached a person, 3,961 gave up"), in a fixed order.</summary>
    public static string Outcomes(IReadOnlyDictionary<string, int> outcomes) => string.Join(", ",
        new (string Code, string Words)[]
        {
            (PhoneOutcomes.ReachedPerson, "reached a person"), (PhoneOutcomes.Abandoned, "gave up"),
            ("hung_up_after_wait", "hung up after the protocol's wait"), (PhoneOutcomes.CutOff, "were cut off"),
            (PhoneOutcomes.NoPersonOffered, "were never offered a person"), (PhoneOutcomes.BusyNoAnswer, "found the line busy or unanswered"),
        }
        .Where(o => outcomes.GetValueOrDefault(o.Code) > 0)
        .Select(o => $"{FigureText.Count(outcomes[o.Code])} {o.Words}"));

    /// <summary>The note for figures made before the law applied.</summary>
    public const string StartingPointNote =
        "Made before 28 December 2026, when the law began to apply: the starting point, never a breach.";

    /// <summary>True when the verdict may be shown as a finding against the mark (not before the law applied).</summary>
    public static bool IsStartingPoint(ChannelFigures f) => f.Law?.StartingPoint == true;
}
