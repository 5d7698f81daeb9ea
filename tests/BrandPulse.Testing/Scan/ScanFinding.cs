namespace BrandPulse.Testing.Scan;

/// <summary>One thing in a built site that could execute, mislead or leak: which file, which rule, and what was seen.</summary>
public sealed record ScanFinding(string File, string Rule, string Detail)
{
    public override string ToString() => $"{File}: [{Rule}] {Detail}";
}
