namespace BrandPulse.Statistics;

/// <summary>The 95%-within-3-minutes verdict; machine values in <see cref="LawVerdictResult.MachineValue"/>.</summary>
public enum LawVerdict
{
    /// <summary>The interval's lower end is at or above the mark ("meets").</summary>
    Meets,

    /// <summary>The interval's upper end is under the mark ("below").</summary>
    Below,

    /// <summary>The interval contains the mark ("cannot_tell").</summary>
    CannotTell,

    /// <summary>Illustrative data, or fewer calls than the display threshold ("not_applicable").</summary>
    NotApplicable,
}
