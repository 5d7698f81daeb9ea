namespace BrandPulse.Generator.Model;

/// <summary>Sources whose conversations were selected because the brand answered them (their answer rate says nothing).</summary>
public static class AnsweredOnlySources
{
    /// <summary>The sources, by name.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "ibm-cdp" };
}
